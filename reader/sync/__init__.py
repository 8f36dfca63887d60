"""Accounts on the servers people already run (Fever, Google Reader API) and their sync.

One module per protocol, each a :class:`reader.sync.base.SyncClient`; the use case
(:mod:`reader.usecases.sync`) knows only that protocol, so another server kind (Nextcloud News,
tt-rss) is one more module registered in :mod:`reader.sync.clients`.
"""

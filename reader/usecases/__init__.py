"""The use cases in plain synchronous Python, for the command line and the window's worker.

- :mod:`~reader.usecases.services`: opens a profile's store, cache, fetcher and process pool.
- :mod:`~reader.usecases.refresh`: the ``Refresher``: fetch feeds, store entries, then pages.
- :mod:`~reader.usecases.subscribe`: add a feed (or a page's feed), OPML import and export.
- :mod:`~reader.usecases.pages`: article pages: fetch, simplify, choose, cache, images.
- :mod:`~reader.usecases.pool`: the one process pool, and ``run_cpu`` to hand it work.

Imports go down that list only (``test_layers`` checks there is no loop).
"""

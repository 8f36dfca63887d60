"""The command line: headless subcommands and their output; never imports Qt.

:mod:`~reader.cli.main` parses the arguments and reports errors; :mod:`~reader.cli.session`
holds what a command works with; :mod:`~reader.cli.commands` (subscriptions, refresh) and
:mod:`~reader.cli.article_commands` are the commands; :mod:`~reader.cli.output` prints.
"""

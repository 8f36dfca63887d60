"""The command line: headless subcommands and their output; never imports Qt."""

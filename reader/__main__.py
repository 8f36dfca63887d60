"""``python -m reader``: the same entry point as the ``broadsheet`` command."""

import sys

if __name__ == "__main__":
    # reader.app.main calls multiprocessing.freeze_support where it matters (a frozen bundle):
    # importing multiprocessing here cost every command ~10 ms for nothing.
    from reader.app import main

    sys.exit(main())

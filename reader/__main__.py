"""``python -m reader``: the same entry point as the ``broadsheet`` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from reader.app import main

    sys.exit(main())

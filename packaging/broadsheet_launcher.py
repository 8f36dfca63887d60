"""Entry script of the PyInstaller bundle: the same start as ``python -m reader``.

``multiprocessing.freeze_support()`` must run first, so that a process-pool child started from
the frozen executable runs its task instead of a second copy of the app. With
``BROADSHEET_SMOKE`` set (the bundle's smoke test), :mod:`reader.ui.smoke` drives the window.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    if os.environ.get("BROADSHEET_SMOKE"):
        from reader.ui.smoke import arm_from_env

        arm_from_env()
    from reader.app import main

    sys.exit(main())

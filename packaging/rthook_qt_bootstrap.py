"""Runtime hook of the bundle: import PySide6 the start-up's way (reader/ui/qt_bootstrap.py).

PyInstaller's own PySide6 runtime hook imports ``PySide6.QtCore`` (to register its qt.conf)
before the app's code runs, and with it PySide6 compiles its bootstrap from source as in any
process. Custom runtime hooks run before PyInstaller's, so this one imports PySide6 first, with
the bootstrap's compiled code from the profile's cache; PyInstaller's hook then finds it
imported.
"""

import sys

from reader.app import import_qt

import_qt(sys.argv[1:])

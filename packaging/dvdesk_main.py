"""Entry script of the PyInstaller bundle. ``dvdesk`` runs the command line (no command: the app);
``dvdesk-gui`` (the Start-menu shortcut, no console window) always opens the app."""

import sys
from pathlib import Path

from dvdesk.cli import gui_main, main

if __name__ == "__main__":
    if Path(sys.executable).stem.lower() == "dvdesk-gui":
        sys.exit(gui_main())
    sys.exit(main())

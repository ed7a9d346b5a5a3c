"""``python -m actors.supervisor LABEL NAME...``: one supervisor (started by the keeper)."""
import sys

from actors.supervisor.service import main

sys.exit(main(sys.argv[1:]))

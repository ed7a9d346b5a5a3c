"""``python -m actors.supervisor LABEL NAME...``: one supervisor (started by the keeper)."""
import sys

from actors.supervisor.supervisor import run_supervisor

if len(sys.argv) < 3:
    print("usage: python -m actors.supervisor LABEL NAME...", file=sys.stderr)
    sys.exit(2)
sys.exit(run_supervisor(sys.argv[1], sys.argv[2:]))

"""The command line's entry point (`orgdb`, `python -m orgdb`). It imports nothing heavy
itself, so that a Ctrl-C at any moment ends quietly with exit status 130: while Python
loads the command line, at once (nothing has been written yet); afterwards as a
KeyboardInterrupt, which rolls back an open write and releases its lock on the way out."""

import _signal  # the C module itself: `signal` would first import enum
import os


def _interrupted(_signum: int, _frame: object) -> None:
    os._exit(130)


def main() -> None:
    _signal.signal(_signal.SIGINT, _interrupted)
    from orgdb.cli import main as run

    _signal.signal(_signal.SIGINT, _signal.default_int_handler)
    run()


if __name__ == "__main__":
    main()

"""A process that crashes at once: the supervisor must give up on it (restart intensity)."""


def run(env, log, stop):
    raise SystemExit(3)

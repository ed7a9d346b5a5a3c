"""Realistic developer contexts in bulk, from a seeded PRNG and word lists: shell commands (which
repeat, as a developer's do), commits, notes, chat turns (as the router keeps them) and edits, over
five projects and 90 days, each from the tool that would have sent it. And the questions a developer
would ask about them later, each built from one stored context, so each has an answer.

``contexts(n)`` is a prefix of ``contexts(m)`` for n < m (same seed): the smaller store's texts are
the larger one's first texts.
"""
from __future__ import annotations

import random

PROJECTS = ("billing", "webapp", "infra", "mlpipe", "clitool")
SERVICES = ("billing", "checkout", "auth", "search", "notifications", "ledger", "gateway", "reports",
            "uploads", "scheduler", "inventory", "payments", "sessions", "exports", "webhooks")
COMPONENTS = ("worker", "handler", "cache", "connection pool", "queue consumer", "migration", "cron job",
              "rate limiter", "retry loop", "serializer", "health check", "feature flag", "index",
              "batch job", "client", "middleware", "session store", "config loader", "dashboard", "alert")
TECH = ("redis", "postgres", "kafka", "celery", "nginx", "sqlite", "s3", "elasticsearch", "grpc",
        "docker", "kubernetes", "terraform", "sentry", "prometheus", "rabbitmq", "stripe", "oauth")
PROBLEMS = ("timeout", "deadlock", "memory leak", "race condition", "502 from the load balancer",
            "flaky test", "slow query", "OOM kill", "duplicate events", "stale cache entries",
            "connection reset", "wrong rounding", "missing index", "retry storm", "clock skew",
            "expired certificate", "N+1 queries", "lock contention", "disk full", "encoding error")
CAUSES = ("the pool was too small under load", "two workers updated the same row in random order",
          "the TTL was longer than the token lifetime", "a listener was never unsubscribed",
          "the client retried without backoff", "the index was dropped by the last migration",
          "events were acknowledged before they were processed", "the default timeout is 5 seconds",
          "the container limit was lower than the JVM heap", "the cron ran in UTC, not local time",
          "the query filtered on an unindexed column", "the cache key ignored the tenant id")
FIXES = ("raise the pool size to {n}", "lock rows ordered by id", "add jitter to the backoff",
         "cache for {n} seconds only", "move it to a background job", "add an index on {ident}",
         "make the handler idempotent", "set the timeout to {n}s", "pin {tech} to the previous version",
         "batch the writes in groups of {n}", "unsubscribe in the cleanup", "switch to {tech}")
VERBS = ("Fix", "Add", "Remove", "Refactor", "Speed up", "Document", "Rename", "Simplify", "Revert",
         "Bump", "Test", "Harden")
NOUNS = ("user", "invoice", "order", "token", "session", "event", "job", "report", "charge", "account",
         "tenant", "upload", "query", "config", "metric", "webhook", "customer", "refund", "plan", "cursor")
ACTIONS = ("parse", "load", "sync", "render", "validate", "fetch", "export", "merge", "resolve", "notify",
           "schedule", "compute", "retry", "cleanup", "apply", "dispatch")
ENVS = ("staging", "production", "dev", "ci")
PEOPLE = ("Ana", "Bo", "Chen", "Dara", "Eli", "Femi", "Gus", "Hana")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
PATHS = {
    "billing": ("billing/models.py", "billing/tasks.py", "billing/api/views.py", "billing/settings.py",
                "billing/tests/test_invoices.py", "billing/ledger.py"),
    "webapp": ("src/App.tsx", "src/pages/Checkout.tsx", "src/api/client.ts", "src/hooks/useSession.ts",
               "src/store/cart.ts", "src/components/Modal.tsx"),
    "infra": ("infra/main.tf", "infra/rds.tf", "k8s/api.yaml", "k8s/worker.yaml", "values/redis.yaml",
              "infra/iam.tf"),
    "mlpipe": ("mlpipe/train.py", "mlpipe/data.py", "mlpipe/eval.py", "mlpipe/features.py",
               "mlpipe/config.py", "mlpipe/export.py"),
    "clitool": ("src/main.rs", "src/cli.rs", "src/config.rs", "src/http.rs", "src/output.rs",
                "tests/integration.rs"),
}
COMMANDS = {
    "billing": ("pytest {test} -k {ident} -x", "python manage.py migrate {noun}s {num:04d}_{ident}",
                "python manage.py shell", "celery -A billing worker -Q {svc} -l info",
                "psql -c 'select count(*) from {noun}s where status = {q}failed{q}'"),
    "webapp": ("npm test -- {ident}", "npm run build -- --analyze", "npx playwright test e2e/{noun}.spec.ts",
               "npx tsc --noEmit", "npm run lint -- --fix"),
    "infra": ("kubectl logs deploy/{svc} -n {env} --since=1h", "kubectl rollout restart deployment/{svc} -n {env}",
              "terraform plan -target=module.{svc}", "helm upgrade --install {tech} ./charts/{tech} -n {env}",
              "kubectl get pods -n {env} -l app={svc}"),
    "mlpipe": ("python -m mlpipe.train --epochs {small} --lr 3e-4", "dvc repro {ident}", "nvidia-smi",
               "python -m mlpipe.eval --split 2024Q{small}", "jupyter lab --port 88{small}{small}"),
    "clitool": ("cargo test {ident}", "cargo clippy --all-targets -- -D warnings", "cargo run -- {action} --jobs {small}",
                "cargo build --release", "cargo bench {ident}"),
}
EVERYDAY = ("git status", "git pull", "git diff", "ls -la", "git log --oneline -20", "make test",
            "docker compose up -d", "git push", "git stash", "htop")
EDITS = {
    "billing": ("def {ident}({noun}):\n    return {Noun}.objects.filter(status='open', tenant={noun}.tenant)",
                "{CONST} = {n}  # {cause}", "class {Noun}{Action}Task(BaseTask):\n    max_retries = {small}"),
    "webapp": ("export const {identCamel} = async ({noun}: {Noun}) => api.post('/{noun}s', {noun});",
               "const {CONST} = {n}; // {cause}", "useEffect(() => {{\n  {identCamel}();\n}}, [{noun}Id]);"),
    "infra": ("resource \"aws_{noun}\" \"{svc}\" {{\n  count = {small}\n}}",
              "resources:\n  limits:\n    memory: {n}Mi", "variable \"{ident}\" {{\n  default = {n}\n}}"),
    "mlpipe": ("def {ident}(df):\n    return df.groupby('{noun}_id').agg({{'amount': 'sum'}})",
               "{CONST} = {n}  # {cause}", "model.fit(X_train, y_train, epochs={small}, batch_size={n})"),
    "clitool": ("fn {ident}(args: &Args) -> Result<{Noun}> {{\n    todo!()\n}}", "const {CONST}: u32 = {n}; // {cause}",
                "#[arg(long, default_value_t = {small})]\n{ident}: usize,"),
}
SOURCES = {"command": "shell", "commit": "git", "edit": "cursor", "note": "cursor", "chat": "openai"}
KINDS = ("command", "commit", "edit", "note", "chat")
KIND_WEIGHTS = (35, 15, 20, 10, 20)
DAY = 86400.0


def _slots(rng: random.Random, project: str) -> dict:
    noun, action = rng.choice(NOUNS), rng.choice(ACTIONS)
    ident = f"{action}_{noun}"
    return {"project": project, "svc": rng.choice(SERVICES), "component": rng.choice(COMPONENTS),
            "tech": rng.choice(TECH), "problem": rng.choice(PROBLEMS), "cause": rng.choice(CAUSES),
            "noun": noun, "Noun": noun.title(), "action": action, "Action": action.title(), "ident": ident,
            "identCamel": action + noun.title(), "CONST": ident.upper(), "env": rng.choice(ENVS),
            "n": rng.choice((3, 5, 8, 10, 16, 20, 30, 50, 64, 100, 128, 256, 500, 1000)),
            "small": rng.randint(1, 9), "num": rng.randint(1, 120), "q": "'",
            "test": rng.choice(PATHS[project]).replace(".py", "").replace("/", ".") if project == "billing"
            else rng.choice(PATHS[project]), "path": rng.choice(PATHS[project]),
            "person": rng.choice(PEOPLE), "day": rng.choice(WEEKDAYS)}


def _fix(rng: random.Random, s: dict) -> str:
    return rng.choice(FIXES).format(**s)


def _text(rng: random.Random, kind: str, s: dict) -> str:
    if kind == "command":
        if rng.random() < 0.45:                     # the everyday ones, over and over
            return rng.choice(EVERYDAY)
        return rng.choice(COMMANDS[s["project"]]).format(**s)
    if kind == "commit":
        return rng.choice((
            "{verb} {problem} in the {svc} {component}",
            "{verb} {ident} ({svc}): {fix}",
            "{verb} the {component} of {svc}; {cause}",
            "Merge branch '{action}-{noun}' into main",
            "{verb} {tech} usage in the {component}, see #{num}",
        )).format(verb=rng.choice(VERBS), fix=_fix(rng, s), **s)
    if kind == "note":
        return rng.choice((
            "TODO: {action} the {noun}s in the {svc} {component} before the {day} release; see {path}.",
            "Decision: the {svc} {component} uses {tech} now; we dropped the old one because {cause}.",
            "The {problem} in {svc} happens only in {env}; {cause}. Workaround: {fix}.",
            "Runbook for {svc}: if the {component} alerts, check {tech} first, then restart the {env} pods.",
            "Meeting with {person}: we agreed to {fix} in the {svc} {component} by {day}.",
        )).format(fix=_fix(rng, s), **s)
    if kind == "chat":
        question = rng.choice((
            "why does the {svc} {component} show a {problem} in {env}?",
            "how do I {action} {noun}s with {tech} in the {svc} service?",
            "what is a good way to test the {component} of {svc}?",
            "can you explain this {problem} from the {svc} logs?",
        )).format(**s)
        answer = rng.choice((
            "The {problem} usually means {cause}. I would {fix} and watch the {component} metrics.",
            "Use {tech} for that: {fix}, and keep the {component} idempotent so retries are safe.",
            "Start from {path}: mock {tech}, then assert the {component} calls {ident} once per {noun}.",
        )).format(fix=_fix(rng, s), **s)
        return f"User: {question}\nAssistant: {answer}"
    return rng.choice(EDITS[s["project"]]).format(**s)


def contexts(n: int, *, seed: int = 7, end: float) -> list[dict]:
    """``n`` records to preserve, oldest first, the newest an hour before ``end``."""
    rng = random.Random(seed)
    start = end - 90 * DAY
    step = (90 * DAY - 3600.0) / max(n, 1)
    out, session = [], 0
    for i in range(n):
        if rng.random() < 0.03:
            session += 1
        project = PROJECTS[(session * 7 + rng.randrange(2)) % len(PROJECTS)]   # a session mostly stays in one
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        s = _slots(rng, project)
        meta = {"path": s["path"]} if kind == "edit" else {"cwd": f"~/src/{project}"} if kind == "command" else {}
        out.append({"source": SOURCES[kind], "project": project, "kind": kind, "content": _text(rng, kind, s),
                    "session": f"{SOURCES[kind]}-{session}", "metadata": meta,
                    "created": round(start + i * step + rng.uniform(0, step), 3),
                    "_slots": {k: s[k] for k in ("svc", "component", "tech", "problem", "noun", "action", "ident")}})
    return out


QUESTIONS = ("how did we fix the {problem} in the {svc} {component}?",
             "what did we decide about {tech} for {svc}?",
             "which command runs the {ident} tests?",
             "why was the {svc} {component} slow in production?",
             "where is {ident} defined and what does it do with {noun}s?",
             "what was the workaround for the {problem} with {tech}?",
             "how do we {action} {noun}s in {svc}?")


def questions(records: list[dict], count: int, *, seed: int = 11) -> list[str]:
    """Questions about stored contexts (each from one of them), as a developer would ask."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        s = records[rng.randrange(len(records))]["_slots"]
        out.append(rng.choice(QUESTIONS).format(**s))
    return out


def record(r: dict) -> dict:
    """What is preserved (the generator's bookkeeping removed)."""
    return {k: v for k, v in r.items() if k != "_slots"}

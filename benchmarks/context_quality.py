"""A labelled quality set for the context engine, and its evaluation.

Retrieval: developer activity across five projects (edits, commands, commits, chats, notes) —
60 hand-written facts, each with the context(s) that answer it and a question phrased the way a
developer would ask it later (not a copy of the text), hidden among hand-written near misses and
~1,500 generated contexts of ordinary work that share the vocabulary (tests, fixes, config, api,
deploys …). A question scores a hit when a context that answers it is in the top 5.

Patterns: shell sessions with planted workflows (``edit → pytest → git commit`` and seven
others) repeated with noise commands interleaved, plus sessions of pure noise. A found workflow
pattern is a true positive only if it equals a planted one exactly.
"""
from __future__ import annotations

import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from actors.shared.seal import seal

DAY = 86400.0
BASE_TIME = 1_790_000_000.0
PROJECTS = ("billing", "webapp", "infra", "mlpipe", "clitool")


@dataclass(frozen=True)
class Fact:
    project: str
    kind: str
    content: str
    question: str
    path: str | None = None
    scoped: bool = False  # the asking tool knows the project (an editor usually does)


FACTS = [
    # billing (Python/Django payments service)
    Fact("billing", "edit", "REDIS_POOL_SIZE = 20  # raised from 10: checkout timed out under load",
         "why did we raise the redis pool size in billing settings", "billing/settings.py"),
    Fact("billing", "chat", "Stripe webhooks are verified with the signing secret from the vault; "
         "the handler lives in billing/webhooks.py and rejects events older than 5 minutes.",
         "where is the stripe webhook handler and how are the events verified"),
    Fact("billing", "command", "python manage.py migrate invoices 0042_add_tax_region",
         "which migration added the tax region to invoices", scoped=True),
    Fact("billing", "commit", "Fix rounding of VAT on partial refunds (use Decimal quantize "
         "ROUND_HALF_UP)", "how did we fix the VAT rounding bug for refunds"),
    Fact("billing", "note", "Invoice PDFs are rendered with WeasyPrint; fonts must be installed in "
         "the Docker image (fonts-dejavu).",
         "what renders the invoice pdfs and which fonts does it need"),
    Fact("billing", "edit", "def retry_failed_charges(max_attempts=3, backoff_seconds=3600):\n"
         "    for charge in Charge.objects.failed():\n        schedule_retry(charge)",
         "how many attempts do we make to retry failed charges", "billing/tasks.py", scoped=True),
    Fact("billing", "chat", "Currency conversion uses the ECB daily rates, cached for 24h in the "
         "exchange_rates table.", "where do the exchange rates for currency conversion come from"),
    Fact("billing", "command", "pytest billing/tests/test_subscriptions.py -k proration",
         "how do I run only the proration tests for subscriptions", scoped=True),
    Fact("billing", "note", "Dunning emails go out on day 1, 3 and 7 after a failed payment; "
         "templates are in billing/templates/dunning/.",
         "when are the dunning emails sent after a payment fails"),
    Fact("billing", "commit", "Add idempotency keys to charge creation to avoid double charging "
         "on retries", "what did we do about double charging when a request is retried"),
    Fact("billing", "edit", "CELERY_TASK_ROUTES = {'billing.tasks.*': {'queue': 'billing'}}",
         "which celery queue do the billing tasks go to", "billing/celery.py"),
    Fact("billing", "chat", "Coupons stack only if both have stackable=True; percentage discounts "
         "apply before fixed amounts.", "in which order are coupon discounts applied when they "
         "stack"),
    # webapp (TypeScript/React)
    Fact("webapp", "edit", "export const useDebouncedSearch = (query: string, delayMs = 300) => {\n"
         "  const [value, setValue] = useState(query);", "what is the debounce delay of the "
         "search box", "src/hooks/useDebouncedSearch.ts", scoped=True),
    Fact("webapp", "chat", "The login redirect loop was caused by the auth cookie being "
         "SameSite=Strict; switched to Lax so the OAuth callback keeps the session.",
         "what caused the redirect loop on login after oauth"),
    Fact("webapp", "command", "npm run build -- --analyze   # analyzer: moment.js is 30% of the "
         "bundle", "which dependency bloats the bundle according to the analyzer"),
    Fact("webapp", "commit", "Replace moment with date-fns to cut bundle size by 70kb",
         "what did we replace moment with"),
    Fact("webapp", "edit", "const API_BASE_URL = process.env.REACT_APP_API_URL ?? "
         "'http://localhost:8000/api';", "what is the default api base url in the frontend",
         "src/api/client.ts"),
    Fact("webapp", "note", "Feature flags come from LaunchDarkly; use the useFlag('new-checkout') "
         "hook. Flags are cached in localStorage for offline use.",
         "how do we read feature flags in react components"),
    Fact("webapp", "chat", "Dark mode tokens are in src/theme/tokens.ts; never hardcode colors, "
         "use theme.palette.", "where are the dark mode color tokens defined", scoped=True),
    Fact("webapp", "command", "npx playwright test e2e/checkout.spec.ts --headed",
         "how to run the checkout e2e test with a visible browser (headed)"),
    Fact("webapp", "edit", "{\n  \"checkout.title\": \"Kasse\",\n  \"checkout.pay\": \"Jetzt "
         "bezahlen\"\n}", "which locales file has the german checkout strings",
         "public/locales/de/common.json"),
    Fact("webapp", "commit", "Fix memory leak: unsubscribe the websocket listener in the useEffect "
         "cleanup", "what was the fix for the websocket memory leak"),
    Fact("webapp", "chat", "Form validation uses zod schemas shared with the backend through the "
         "@acme/schemas package.", "what library do we use for form validation schemas"),
    Fact("webapp", "note", "Storybook runs on port 6006: run npm run storybook and check the "
         "Button and Modal stories before merging UI changes.", "which port does storybook use",
         scoped=True),
    # infra (Terraform/Kubernetes)
    Fact("infra", "edit", "resource \"aws_db_instance\" \"main\" {\n  instance_class = "
         "\"db.r6g.large\"\n  multi_az = true\n  backup_retention_period = 14\n}",
         "how long are the database backups retained", "infra/rds.tf"),
    Fact("infra", "command", "kubectl rollout undo deployment/api -n production",
         "how did we roll back the api deployment in production"),
    Fact("infra", "chat", "Ingress TLS certificates are issued by cert-manager with the "
         "letsencrypt-prod ClusterIssuer; renewal happens 30 days before expiry.",
         "who issues the ingress tls certificates and when are they renewed"),
    Fact("infra", "note", "Terraform state lives in the S3 bucket acme-tfstate with the DynamoDB "
         "locking table tf-locks.", "where is the terraform state stored and how is it locked"),
    Fact("infra", "commit", "Raise api HPA max replicas to 12 and target CPU utilization to 65%",
         "what are the autoscaling limits of the api (hpa replicas)"),
    Fact("infra", "edit", "resources:\n  limits:\n    memory: 512Mi\n    cpu: 500m\n  requests:\n"
         "    memory: 256Mi", "what memory limit does the worker pod have", "k8s/worker.yaml",
         scoped=True),
    Fact("infra", "chat", "Grafana alert HighErrorRate pages on-call when 5xx responses exceed 2% "
         "for 10 minutes.", "when does the high error rate alert page someone"),
    Fact("infra", "command", "helm upgrade --install redis bitnami/redis -f values/redis.yaml -n "
         "cache", "how was redis installed in the cluster with helm"),
    Fact("infra", "note", "VPN access to staging needs the WireGuard config from the 1Password "
         "item staging-wg.", "how do I get vpn access to staging"),
    Fact("infra", "commit", "Enable versioning on the uploads S3 bucket and a lifecycle rule to "
         "Glacier after 90 days", "after how many days do uploads move to glacier"),
    Fact("infra", "edit", "variable \"region\" {\n  default = \"eu-west-1\"\n}",
         "which aws region is the default in terraform variables", "infra/variables.tf",
         scoped=True),
    Fact("infra", "chat", "Nightly Postgres backups are verified by restoring them into the "
         "restore-test namespace every Sunday.", "how do we check that postgres backups actually "
         "restore"),
    # mlpipe (Python ML pipeline)
    Fact("mlpipe", "edit", "LEARNING_RATE = 3e-4\nWARMUP_STEPS = 500\nBATCH_SIZE = 64",
         "what learning rate and warmup steps do we train with", "mlpipe/config.py"),
    Fact("mlpipe", "chat", "The data loader was the bottleneck; num_workers=8 with pin_memory=True "
         "doubled training throughput.", "how did we speed up the data loader"),
    Fact("mlpipe", "command", "dvc repro train && dvc push", "how do I rerun the training "
         "pipeline stage and push the artifacts with dvc", scoped=True),
    Fact("mlpipe", "note", "Model evaluation uses macro F1 on the held-out 2023Q4 split; accuracy "
         "is misleading because of class imbalance.", "which metric do we evaluate the model with "
         "and why not accuracy"),
    Fact("mlpipe", "commit", "Fix data leakage: fit the StandardScaler only on the training fold",
         "where was the data leakage in preprocessing"),
    Fact("mlpipe", "edit", "mlflow.set_tracking_uri(\"http://mlflow.internal:5000\")",
         "what is the address of the mlflow tracking server", "mlpipe/tracking.py"),
    Fact("mlpipe", "chat", "Early stopping patience is 5 epochs on validation loss; we keep two "
         "checkpoints, best and last.", "what patience do we use for early stopping", scoped=True),
    Fact("mlpipe", "note", "GPU training jobs run on the a100 node pool through the gpu-train "
         "queue; CPU-only feature extraction runs on spot instances.",
         "which node pool do the gpu training jobs use"),
    Fact("mlpipe", "command", "python -m mlpipe.export --format onnx --opset 17 models/best.pt",
         "how do we export the model to onnx"),
    Fact("mlpipe", "chat", "The tokenizer is sentencepiece with a 32k vocabulary trained on the "
         "support tickets corpus.", "what tokenizer and vocabulary size does the model use"),
    # clitool (Rust CLI)
    Fact("clitool", "edit", "#[arg(short, long, default_value_t = 4)]\njobs: usize,",
         "what is the default number of parallel jobs in the cli", "src/cli.rs", scoped=True),
    Fact("clitool", "chat", "We use anyhow for application errors and thiserror for the library "
         "error enum.", "which crates do we use for error handling"),
    Fact("clitool", "command", "cargo build --release --target x86_64-unknown-linux-musl",
         "how do we build a static musl binary"),
    Fact("clitool", "commit", "Switch config parsing from serde_yaml to toml; the config file is "
         "~/.config/acme/config.toml", "where does the cli read its config file from"),
    Fact("clitool", "note", "Release process: bump the version in Cargo.toml, tag vX.Y.Z, then "
         "GitHub Actions builds and uploads the binaries.", "how does the release process of the "
         "cli work", scoped=True),
    Fact("clitool", "edit", "const MAX_RETRIES: u32 = 5; // http client retries with exponential "
         "backoff", "how many http retries does the cli client make", "src/http.rs"),
    Fact("clitool", "chat", "Progress bars use indicatif; they are disabled with --quiet or when "
         "stdout is not a tty.", "how are the progress bars disabled"),
    Fact("clitool", "command", "cargo clippy --all-targets -- -D warnings",
         "how do we run clippy with warnings treated as errors"),
    # more of each
    Fact("billing", "chat", "Postgres deadlocks in the ledger came from updating accounts in "
         "random order; rows are now locked ordered by account_id.",
         "how did we fix the deadlocks in the ledger"),
    Fact("webapp", "note", "The Sentry DSN is injected at build time; source maps are uploaded by "
         "the CI release job.", "how are source maps uploaded to sentry"),
    Fact("infra", "chat", "The on-call rotation is the PagerDuty schedule platform-primary; "
         "handoff is Mondays at 10:00.", "when is the on-call handoff"),
    Fact("mlpipe", "edit", "SEED = 1337\ntorch.manual_seed(SEED)\nnp.random.seed(SEED)",
         "what random seed do we set for reproducibility", "mlpipe/train.py"),
    Fact("clitool", "commit", "Respect the NO_COLOR environment variable for terminal output",
         "can colored output of the cli be turned off"),
    Fact("billing", "note", "Tax for US states is delegated to TaxJar; EU VAT is computed locally "
         "from the vat_rates table.", "which service calculates the tax for US states"),
]

# Near misses: same words, different facts (hand-written, one or two per topic).
NEAR_MISSES = [
    ("webapp", "chat", "The redis cache TTL for webapp sessions is 300 seconds."),
    ("infra", "note", "Redis in the cluster has persistence disabled; it is only a cache."),
    ("billing", "chat", "Stripe test mode keys are used in staging; never point staging at live."),
    ("billing", "commit", "Fix rounding in the invoice total display (two decimals)"),
    ("billing", "note", "Receipts are plain-text emails; no PDF is attached."),
    ("billing", "chat", "Failed payment webhooks are logged to the payments_audit table."),
    ("webapp", "chat", "The logout button sometimes needs two clicks on Safari; tracked in the "
     "frontend board."),
    ("webapp", "commit", "Upgrade date-fns to v3 and fix the deprecated imports"),
    ("webapp", "note", "Feature requests go through the product board, not the engineering "
     "backlog."),
    ("infra", "chat", "The api deployment uses a rolling update with maxSurge 25%."),
    ("infra", "commit", "Add a backup of the grafana dashboards to the infra repo"),
    ("infra", "note", "Staging uses a smaller RDS instance (db.t4g.medium), no multi-AZ."),
    ("mlpipe", "chat", "Learning curves for the last run are in the team notebook."),
    ("mlpipe", "commit", "Speed up the evaluation script by caching predictions"),
    ("mlpipe", "note", "The onnx runtime in production runs on CPU only."),
    ("clitool", "chat", "Error messages should say what to do next, not only what went wrong."),
    ("clitool", "commit", "Add a --jobs flag to the completions generator"),
    ("clitool", "note", "Windows builds are not supported for now; only Linux and macOS."),
    ("billing", "chat", "Celery beat schedules the nightly invoice run at 02:00 UTC."),
    ("webapp", "note", "Storybook stories must cover the disabled state of every input."),
]

FILES = {
    "billing": ["billing/models.py", "billing/views.py", "billing/tasks.py", "billing/api.py",
                "billing/tests/test_invoices.py", "billing/serializers.py"],
    "webapp": ["src/App.tsx", "src/pages/Checkout.tsx", "src/components/Button.tsx",
               "src/api/client.ts", "src/store/cart.ts", "src/pages/Login.tsx"],
    "infra": ["infra/main.tf", "infra/network.tf", "k8s/api.yaml", "k8s/ingress.yaml",
              "values/redis.yaml", "infra/iam.tf"],
    "mlpipe": ["mlpipe/train.py", "mlpipe/data.py", "mlpipe/model.py", "mlpipe/eval.py",
               "mlpipe/features.py", "notebooks/explore.ipynb"],
    "clitool": ["src/main.rs", "src/cli.rs", "src/config.rs", "src/http.rs", "src/output.rs",
                "tests/integration.rs"],
}
TOPICS = ["the api", "the tests", "the config loader", "error handling", "logging", "the build",
          "the deploy", "the cache", "the database layer", "the login page", "performance",
          "the data model", "the docs", "the CI pipeline", "the release", "monitoring"]
VERBS = ["refactor", "clean up", "speed up", "document", "fix a bug in", "add tests for",
         "review", "simplify", "rename things in", "debug"]
CHAT_TEMPLATES = [
    "Can you review my PR that touches {topic}?", "Standup: working on {topic}, blocked on review.",
    "I think {topic} needs a {verb} pass before the release.",
    "Pairing this afternoon on {topic}; the change is mostly mechanical.",
    "Heads up: I'll {verb} {topic} tomorrow, expect some churn.",
    "Question: is anyone else seeing flaky results in {topic}?",
    "Retro note: {topic} took longer than planned because of unclear requirements.",
]
EDIT_TEMPLATES = {
    "billing": ["def {fn}(request):\n    return JsonResponse({{'ok': True}})",
                "class {Cls}(models.Model):\n    created = models.DateTimeField(auto_now_add=True)",
                "logger.info('processing %s', {fn}.__name__)"],
    "webapp": ["export function {Cls}() {{\n  return <div className=\"{fn}\" />;\n}}",
               "const {fn} = useCallback(() => setOpen(false), []);",
               "import {{ {Cls} }} from './{fn}';"],
    "infra": ["resource \"aws_security_group\" \"{fn}\" {{\n  vpc_id = var.vpc_id\n}}",
              "replicas: 3\nimage: acme/{fn}:latest",
              "output \"{fn}_arn\" {{ value = aws_iam_role.{fn}.arn }}"],
    "mlpipe": ["def {fn}(df):\n    return df.dropna().reset_index(drop=True)",
               "class {Cls}(nn.Module):\n    def forward(self, x):\n        return self.net(x)",
               "features['{fn}'] = features['amount'].rolling(7).mean()"],
    "clitool": ["fn {fn}(args: &Args) -> Result<()> {{\n    Ok(())\n}}",
                "pub struct {Cls} {{\n    pub name: String,\n}}",
                "println!(\"{{}}\", {fn}(&cfg)?);"],
}
COMMANDS = {
    "billing": ["pytest billing/tests -x", "python manage.py runserver", "python manage.py shell",
                "git status", "git pull", "pip install -r requirements.txt"],
    "webapp": ["npm test", "npm run dev", "npm run lint", "git status", "npx tsc --noEmit",
               "git pull"],
    "infra": ["terraform plan", "kubectl get pods -n production", "kubectl logs deploy/api",
              "terraform fmt", "helm list -A", "git status"],
    "mlpipe": ["python -m mlpipe.train --epochs 3", "nvidia-smi", "dvc status", "pytest tests",
               "jupyter lab", "git status"],
    "clitool": ["cargo test", "cargo run -- --help", "cargo fmt", "git status", "cargo bench",
                "git pull"],
}
NAMES = ["parse", "render", "sync", "load", "apply", "merge", "report", "update", "fetch",
         "export", "validate", "notify", "schedule", "resolve", "compute"]


def _generated(rng: random.Random, n: int) -> list[tuple[str, str, str, dict]]:
    out = []
    for _ in range(n):
        project = rng.choice(PROJECTS)
        kind = rng.choices(["edit", "command", "chat", "commit", "note"], [4, 4, 3, 2, 1])[0]
        fn = rng.choice(NAMES) + "_" + rng.choice(NAMES)
        cls = "".join(w.title() for w in fn.split("_"))
        topic, verb = rng.choice(TOPICS), rng.choice(VERBS)
        meta: dict = {}
        if kind == "edit":
            content = rng.choice(EDIT_TEMPLATES[project]).format(fn=fn, Cls=cls)
            meta["path"] = rng.choice(FILES[project])
        elif kind == "command":
            content = rng.choice(COMMANDS[project])
        elif kind == "commit":
            content = f"{verb.capitalize()} {topic} ({fn})"
        elif kind == "note":
            content = f"TODO: {verb} {topic}; see {rng.choice(FILES[project])}."
        else:
            content = rng.choice(CHAT_TEMPLATES).format(topic=topic, verb=verb)
        out.append((project, kind, content, meta))
    return out


def retrieval_records(seed: int = 0, noise: int = 1500) -> tuple[list[dict], list[tuple]]:
    """The records to preserve (in time order) and, per fact, (record index, question, scope)."""
    rng = random.Random(seed)
    items: list[tuple[str, str, str, dict, int | None]] = []
    for i, f in enumerate(FACTS):
        items.append((f.project, f.kind, f.content, {"path": f.path} if f.path else {}, i))
    for project, kind, content in NEAR_MISSES:
        items.append((project, kind, content, {}, None))
    for project, kind, content, meta in _generated(rng, noise):
        items.append((project, kind, content, meta, None))
    rng.shuffle(items)
    records, answers = [], {}
    t = BASE_TIME
    for n, (project, kind, content, meta, fact) in enumerate(items):
        t += rng.uniform(30, 2 * 3600)
        source = {"command": "shell", "commit": "git"}.get(kind, "editor" if kind == "edit"
                                                           else "chat")
        records.append({"source": source, "project": project, "kind": kind, "content": content,
                        "metadata": meta, "session": f"{project}-{int((t - BASE_TIME) // DAY)}",
                        "created": t})
        if fact is not None:
            answers[fact] = n
    questions = [(answers[i], f.question, f.project if f.scoped else None)
                 for i, f in enumerate(FACTS)]
    return records, questions


# ------------------------------------------------------------------------------------ patterns
PLANTED = [
    ("vim {file}", "pytest {test}", "git commit -am '{msg}'"),
    ("git fetch origin", "git rebase origin/main", "git push --force-with-lease"),
    ("docker build -t acme/api:{v} .", "docker push acme/api:{v}", "kubectl apply -f k8s/api.yaml"),
    ("npm install", "npm test", "npm run build"),
    ("cargo fmt", "cargo clippy", "cargo test"),
    ("terraform fmt", "terraform plan -out plan.bin", "terraform apply plan.bin"),
    ("make", "make test"),
    ("pip install -e .", "python -m pytest -q", "twine upload dist/*"),
]
PLANTED_ACTIONS = [
    ("edit", "pytest", "git commit"), ("git fetch", "git rebase", "git push"),
    ("docker build", "docker push", "kubectl apply"), ("npm install", "npm test", "npm run build"),
    ("cargo fmt", "cargo clippy", "cargo test"),
    ("terraform fmt", "terraform plan", "terraform apply"), ("make", "make test"),
    ("pip install", "pytest", "twine upload"),
]
NOISE = ["ls -la", "cd src", "git status", "git diff", "git log --oneline", "cat README.md",
         "grep -rn TODO .", "htop", "curl -s localhost:8000/health", "docker ps",
         "kubectl get pods", "tail -f app.log", "ssh staging", "python", "vim notes.md",
         "git stash", "git stash pop", "make clean", "npm run lint", "pip list", "history",
         "code .", "jq . data.json", "du -sh *", "df -h", "ping db", "psql -c 'select 1'",
         "redis-cli ping", "env", "which python", "pytest -x tests/test_smoke.py",
         "git checkout -b feature", "git branch -d old", "docker compose up -d", "npm outdated",
         "cargo doc --open", "terraform validate", "echo done"]


def pattern_records(seed: int = 0, sessions: int = 80, noise_sessions: int = 30) -> list[dict]:
    rng = random.Random(seed + 1)
    records = []
    t = BASE_TIME

    def emit(line: str, session: str) -> None:
        nonlocal t
        t += rng.uniform(2, 120)
        records.append({"source": "shell", "project": project_of[session], "kind": "command",
                        "content": line, "session": session, "created": t})

    project_of: dict[str, str] = {}

    def fill(line: str) -> str:
        return line.format(file=rng.choice(["app.py", "models.py", "api.py"]),
                           test=rng.choice(["tests/test_api.py", "tests"]),
                           msg=rng.choice(["wip", "fix", "tests"]), v=rng.randint(1, 99))

    for s in range(sessions):
        name = f"planted-{s}"
        project_of[name] = rng.choice(PROJECTS)
        chosen = rng.sample(range(len(PLANTED)), rng.choice([1, 1, 2]))
        for _ in range(rng.randint(0, 3)):
            emit(rng.choice(NOISE), name)
        for _ in range(rng.randint(2, 5)):
            steps = PLANTED[rng.choice(chosen)]
            for step in steps:
                emit(fill(step), name)
                if rng.random() < 0.2:  # a stray command between two steps
                    emit(rng.choice(NOISE), name)
            for _ in range(rng.randint(0, 4)):
                emit(rng.choice(NOISE), name)
    for s in range(noise_sessions):
        project_of[f"noise-{s}"] = rng.choice(PROJECTS)
        for _ in range(rng.randint(10, 40)):
            emit(rng.choice(NOISE), f"noise-{s}")
    return records


# ---------------------------------------------------------------------------------- evaluation
def evaluate(*, seed: int = 0, noise: int = 1500, data_dir: str | Path | None = None,
             config: dict | None = None) -> dict:
    """Build a fresh engine, load both sets, and measure retrieval and pattern quality."""
    from actors.context.engine import ContextEngine
    import secrets as _secrets
    key = _secrets.token_bytes(32)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(data_dir) if data_dir else Path(tmp)
        records, questions = retrieval_records(seed, noise)
        wf_records = pattern_records(seed)
        end = max(r["created"] for r in records + wf_records) + DAY
        clock = lambda: end  # noqa: E731  (a fixed "now" makes the run reproducible)
        with ContextEngine(root, config or {}, seal_key=key, clock=clock) as engine:
            ids = []
            for i in range(0, len(records), 500):
                batch = records[i:i + 500]
                ids += [c.id for c in engine.preserve_many([(r, seal(key, r)) for r in batch])]
            for i in range(0, len(wf_records), 500):
                batch = wf_records[i:i + 500]
                engine.preserve_many([(r, seal(key, r)) for r in batch])
            t0 = time.perf_counter()
            engine.process_pending(force=True)
            background_s = time.perf_counter() - t0
            retrieval = _retrieval(engine, ids, questions)
            patterns = _patterns(engine)
    retrieval["contexts"] = len(records)
    patterns["commands"] = len(wf_records)
    return {"retrieval": retrieval, "patterns": patterns,
            "background_seconds": round(background_s, 2)}


def _retrieval(engine, ids: list[str], questions: list[tuple]) -> dict:
    hits = hits_all = 0
    misses = []
    for idx, question, project in questions:
        answer = ids[idx]
        got = [h.id for h in engine.query(question, k=5, project=project,
                                          tier=["active", "archived"])]
        if answer in got:
            hits += 1
        else:
            misses.append(question)
        all_tiers = engine.query(question, k=5, project=project)
        if any(h.id == answer or (h.tier == "synthesized" and answer in engine.get(h.id).links)
               for h in all_tiers):
            hits_all += 1
    n = len(questions)
    return {"questions": n, "hit_at_5": round(hits / n, 4),
            "hit_at_5_with_synthesized": round(hits_all / n, 4), "misses": misses}


def _patterns(engine) -> dict:
    found = [tuple(p["items"]) for p in engine.patterns("workflow")]
    planted = set(PLANTED_ACTIONS)
    tp = [p for p in found if p in planted]
    fp = [" → ".join(p) for p in found if p not in planted]
    missed = [" → ".join(p) for p in PLANTED_ACTIONS if p not in found]
    return {"planted": len(planted), "found": len(found), "true_positives": len(tp),
            "precision": round(len(tp) / len(found), 4) if found else 0.0,
            "recall": round(len(set(tp)) / len(planted), 4),
            "false_positives": fp, "missed": missed}


if __name__ == "__main__":
    import json
    print(json.dumps(evaluate(), indent=2))

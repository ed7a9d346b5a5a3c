"""Commands and commits described in words, so that a question asked in chat terms ("how did I
pause the worker?") finds ``kubectl scale deploy/worker --replicas=0``.

Rules, not a model: what a well-known developer tool, subcommand, flag, file or abbreviation means,
in the words people use for it; and that a note names a server's port. The description is indexed
beside the context (both rankings), never stored in place of it. A model-written description can
replace it when one is loaded.
"""
from __future__ import annotations

import re
import shlex

# the program -> what it is about
TOOLS = {
    "kubectl": "kubernetes cluster", "helm": "kubernetes helm chart release", "k9s": "kubernetes",
    "terraform": "terraform infrastructure", "tofu": "terraform infrastructure", "pulumi": "infrastructure",
    "aws": "aws amazon cloud", "gcloud": "google cloud", "az": "azure cloud", "gsutil": "google cloud storage bucket",
    "docker": "docker container image", "podman": "container image", "compose": "docker compose services",
    "git": "git", "gh": "github", "glab": "gitlab",
    "cargo": "rust cargo crate", "rustup": "rust toolchain", "go": "go golang", "npm": "node npm package",
    "pnpm": "node package", "yarn": "node package", "npx": "node run", "node": "node javascript",
    "pip": "python package", "uv": "python uv package dependency", "poetry": "python poetry dependency",
    "python": "python", "python3": "python", "pytest": "python tests", "tox": "python tests",
    "ruff": "python lint linter", "mypy": "python type check", "black": "python format formatter",
    "eslint": "javascript lint linter", "prettier": "format formatter", "jest": "javascript tests test runner",
    "vitest": "javascript tests test runner", "mocha": "javascript tests test runner", "playwright": "end to end tests browser",
    "cypress": "end to end tests browser", "flutter": "flutter mobile app", "dart": "dart flutter",
    "gradle": "android gradle build", "xcodebuild": "ios build", "fastlane": "mobile release",
    "make": "make build", "cmake": "build", "bazel": "build",
    "psql": "postgres database sql", "pg_dump": "postgres database backup dump", "pg_restore": "postgres restore",
    "mysql": "mysql database sql", "sqlite3": "sqlite database", "redis-cli": "redis cache",
    "mongosh": "mongodb database", "duckdb": "duckdb database", "goose": "database migration",
    "alembic": "database migration", "flyway": "database migration",
    "curl": "http request api call", "http": "http request api call", "wget": "download",
    "ssh": "remote server login", "scp": "copy file remote server", "rsync": "copy sync files",
    "hyperfine": "benchmark compare speed timing", "ab": "benchmark load test", "wrk": "benchmark load test",
    "k6": "load test", "locust": "load test", "perf": "profile performance",
    "prefect": "prefect workflow flow orchestration", "airflow": "airflow workflow dag", "dbt": "dbt data models",
    "mc": "minio object storage s3", "s3cmd": "s3 object storage", "openssl": "certificate tls crypto",
    "systemctl": "service systemd", "journalctl": "service logs", "crontab": "cron schedule",
    "jq": "json", "grep": "search", "rg": "ripgrep search", "find": "find files", "sed": "edit text",
    "tar": "archive", "vault": "vault secrets", "sops": "encrypted secrets", "ansible-playbook": "ansible deploy",
    # named in commits and notes rather than run: what a well-known tool or service is for
    "eks": "kubernetes cluster aws", "gke": "kubernetes cluster google", "aks": "kubernetes cluster azure",
    "k3s": "kubernetes cluster", "riverpod": "state management", "redux": "state management",
    "bloc": "state management", "mobx": "state management", "zustand": "state management", "pinia": "state management",
    "pipenv": "python dependencies", "pdm": "python dependencies", "conda": "python environment dependencies",
    "plausible": "analytics traffic", "ga4": "analytics traffic google", "matomo": "analytics traffic",
    "posthog": "product analytics", "umami": "analytics traffic", "golang-migrate": "database migration",
    "liquibase": "database migration", "hive": "local storage database", "isar": "local storage database",
    "sqflite": "local storage database sqlite", "realm": "local storage database", "atlantis": "terraform ci plans",
    "jenkins": "ci pipeline", "jenkinsfile": "ci pipeline jenkins", "cloudwatch": "aws metrics logs monitoring",
    "prometheus": "metrics monitoring", "grafana": "dashboards metrics", "datadog": "metrics monitoring",
    "alb": "load balancer ingress traffic", "ingress": "ingress traffic routing", "traefik": "ingress traffic routing proxy",
    "budgets": "cost alerts spending", "sentry": "error tracking", "celery": "background jobs task queue",
    "sidekiq": "background jobs queue", "kafka": "event streaming queue", "rabbitmq": "message queue",
    "netlify": "hosting deploy", "vercel": "hosting deploy", "cloudflare": "cdn hosting dns",
    # Apple, Android and game tooling
    "xcrun": "apple xcode tool", "notarytool": "notarize notarization apple signing submit build",
    "codesign": "code signing signature", "devicectl": "iphone device install sideload", "simctl": "ios simulator",
    "agvtool": "build number version bump", "pod": "cocoapods ios dependencies", "swift": "swift package",
    "adb": "android device", "sdkmanager": "android sdk", "emulator": "android emulator",
    "unity": "unity game engine editor build", "steamcmd": "steam upload release build", "godot": "godot game engine",
    "juce": "audio plugin framework", "pluginval": "audio plugin validation tests",
    # systems, network, homelab
    "qm": "proxmox virtual machine vm", "pct": "proxmox container", "pvecm": "proxmox cluster", "zfs": "zfs storage",
    "zpool": "zfs storage pool disks", "du": "disk usage size space", "df": "disk space free", "lsblk": "disks",
    "smartctl": "disk health", "htop": "processes cpu memory", "lsof": "open files ports", "ss": "network ports sockets",
    "netstat": "network ports", "dig": "dns lookup", "nslookup": "dns lookup", "ping": "network reachability",
    "traceroute": "network route", "nmap": "port scan network", "tailscale": "vpn remote access",
    "wg": "wireguard vpn", "ufw": "firewall", "iptables": "firewall rules", "nft": "firewall rules",
    "certbot": "tls certificate letsencrypt", "nginx": "web server reverse proxy", "caddy": "web server reverse proxy tls",
    "restic": "backup snapshots", "borg": "backup archive", "rclone": "sync cloud storage copy", "brew": "homebrew install",
    "apt": "install package debian", "apt-get": "install package debian", "dnf": "install package fedora",
    "pacman": "install package arch", "nix": "nix packages", "ansible": "ansible hosts automation",
    "virsh": "virtual machine libvirt", "vagrant": "virtual machine", "packer": "machine image build",
    # languages and builds
    "mvn": "maven java build", "java": "java", "dotnet": "dotnet build", "composer": "php dependencies",
    "artisan": "laravel", "rails": "rails ruby", "bundle": "ruby gems dependencies", "rake": "ruby tasks",
    "mix": "elixir mix", "iex": "elixir shell", "cabal": "haskell build", "ghc": "haskell compiler",
    "zig": "zig compiler build", "clang": "compile c compiler", "gcc": "compile c compiler", "ninja": "build",
    "meson": "build", "conan": "c++ dependencies", "vcpkg": "c++ dependencies", "valgrind": "memory leaks",
    "gdb": "debugger", "lldb": "debugger", "strace": "system calls trace", "ctest": "cmake tests",
    "tsc": "typescript compile type check", "deno": "deno javascript", "bun": "bun javascript",
    "webpack": "frontend bundle build", "vite": "frontend dev server build", "esbuild": "bundle build",
    "turbo": "monorepo build", "nx": "monorepo build", "storybook": "ui components",
    # embedded, data and ml
    "probe-rs": "flash firmware embedded debug probe", "openocd": "flash firmware debug probe",
    "esptool": "flash esp32 firmware", "pio": "platformio embedded firmware", "platformio": "embedded firmware",
    "arduino-cli": "arduino firmware", "dvc": "data version control pipeline", "mlflow": "experiment tracking",
    "jupyter": "notebook", "papermill": "run notebook", "tensorboard": "training metrics",
    "ollama": "local llm model", "wandb": "experiment tracking", "bq": "bigquery warehouse",
    "snowsql": "snowflake warehouse", "kcat": "kafka", "mosquitto_pub": "mqtt publish",
    # servers, deploys and release
    "gunicorn": "python web server", "uvicorn": "python web server", "pm2": "node process manager",
    "supervisorctl": "process manager", "fly": "fly.io deploy hosting", "flyctl": "fly.io deploy hosting",
    "heroku": "heroku deploy hosting", "wrangler": "cloudflare workers deploy", "firebase": "firebase hosting deploy",
    "ngrok": "tunnel expose local", "mkcert": "local certificate", "pre-commit": "git hooks lint",
    "goreleaser": "release binaries", "cosign": "sign container image", "trivy": "vulnerability scan",
    "hadolint": "dockerfile lint", "shellcheck": "shell script lint", "kustomize": "kubernetes manifests",
    "minikube": "local kubernetes cluster", "argocd": "gitops deploy", "velero": "kubernetes backup",
    "stern": "kubernetes logs", "ffmpeg": "video audio convert", "pandoc": "document convert",
    "hugo": "static site", "mkdocs": "docs site", "sphinx-build": "docs build",
    # tests, checks and their reports
    "ruby": "ruby", "rspec": "ruby tests specs", "phpunit": "php tests", "pest": "php tests", "phpstan": "php static analysis",
    "psalm": "php static analysis", "rubocop": "ruby lint style", "clippy": "rust lint", "golangci-lint": "go lint",
    "bisect-ppx-report": "coverage report share of code tested", "coverage": "coverage share of code tested",
    # binutils' size for any target (arm-none-eabi-size, avr-size): what a firmware takes of flash and RAM
    "size": "binary section sizes flash ram memory text data bss zero-initialised",
    "gcovr": "coverage report", "lcov": "coverage report", "kamal": "deploy containers servers",
    "ls": "list files sizes", "wc": "count lines", "uptime": "uptime load",
}
# a subcommand or word of a command -> what it does
WORDS = {
    "scale": "scale replicas", "apply": "apply change deploy", "plan": "plan preview changes",
    "destroy": "destroy delete", "rollout": "rollout deploy", "undo": "roll back revert", "rollback": "roll back revert",
    "restart": "restart", "logs": "logs", "exec": "run inside shell", "port-forward": "port forward local access",
    "describe": "inspect details", "sync": "sync copy", "cp": "copy", "add": "add dependency", "remove": "remove",
    "install": "install", "upgrade": "upgrade update version", "lock": "lock pin versions", "build": "build compile",
    "test": "tests", "bench": "benchmark", "run": "run", "publish": "publish release", "release": "release",
    "tag": "tag version release", "push": "push upload", "pull": "pull download", "deploy": "deploy",
    "migrate": "database migration", "backfill": "backfill rerun past data", "seed": "seed data",
    "import": "import", "export": "export", "dump": "dump backup", "restore": "restore",
    "bisect": "bisect find commit regression", "revert": "revert undo", "cherry-pick": "cherry pick commit",
    "rebase": "rebase", "stash": "stash", "semver-checks": "semver compatibility check",
    "alias": "alias endpoint", "secret": "secret", "env": "environment variables", "config": "configuration",
    "profile": "profile", "workspace": "workspace", "import-state": "state", "state": "state",
    "submit": "submit send upload", "authorize": "login authorize", "login": "login", "status": "status",
    "history": "history", "new-version": "bump build number", "what-version": "build number",
    "list": "list", "show": "show", "resolve": "resolve dependencies", "update": "update upgrade",
    "snapshot": "snapshot", "prune": "prune delete old", "check": "check", "verify": "verify", "init": "initialize setup",
    "version": "version release", "versions": "versions releases", "analyse": "static analysis", "analyze": "static analysis",
    "migrate:status": "schema migrations pending applied status", "db:migrate:status": "schema migrations pending applied status",
    "db:migrate": "database migration schema change",
    "spec/system": "system tests browser-driven", "test/system": "system tests browser-driven", "outdated": "outdated dependencies newer versions",
}
# a flag -> what it means
FLAGS = {
    "--replicas=0": "pause stop scale to zero", "--replicas": "replicas count", "-target": "only one target module",
    "--target": "target platform", "--release": "release optimized build", "--dry-run": "dry run preview without changes",
    "--force": "force", "--fix": "fix automatically rewrite", "--select": "selected rules", "--profile": "profile account",
    "--exclude": "exclude", "--include": "include", "--baseline-version": "baseline version compare",
    "--param": "parameter", "--workers": "workers parallel", "--warmup": "warmup", "-p": "package",
    "--since": "since start date", "-n": "namespace", "--namespace": "namespace",
    "--all": "all", "--watch": "watch", "-w": "watch", "--no-cache": "no cache rebuild", "--parallel": "parallel",
    "-x": "stop at first failure", "--lf": "last failed tests", "-k": "select tests", "--cov": "coverage",
    "-v": "verbose", "-vv": "very verbose", "--verbose": "verbose", "--debug": "debug logging",
    "--var-file": "variables file environment", "--context": "cluster context", "--region": "region",
    "--limit": "only these hosts limit", "--tags": "only tagged tasks", "--check": "dry run check mode",
    "--diff": "show differences", "--keychain-profile": "saved keychain credentials profile",
    "--device": "device", "-destination": "destination device simulator", "--wait": "wait until done",
    "--scheme": "scheme", "-scheme": "scheme", "--platform": "platform", "--arch": "architecture",
    "--output-on-failure": "test output", "-j": "parallel jobs", "--jobs": "parallel jobs",
    "--version": "version release", "-V": "version release", "--level": "strictness level", "-lh": "file sizes how big",
    "-I": "response headers", "-sI": "response headers", "--coverage": "coverage share of code tested",
}
ENV = {"RUST_LOG": "logging log level", "LOG_LEVEL": "logging log level", "DEBUG": "debug logging",
       "RUST_BACKTRACE": "backtrace debugging", "NODE_ENV": "environment", "PYTHONPATH": "python path"}
LEVELS = {"trace": "most verbose logging", "debug": "verbose logging"}
# files a commit touches -> what they are about
FILES = {
    "cargo.toml": "rust dependencies manifest", "package.json": "node dependencies scripts",
    "pyproject.toml": "python project dependencies", "requirements.txt": "python dependencies",
    "go.mod": "go dependencies", "dockerfile": "docker image build", "docker-compose.yml": "docker compose services",
    "makefile": "build", ".github/workflows": "ci continuous integration", ".gitlab-ci.yml": "ci continuous integration",
    "jenkinsfile": "ci jenkins pipeline", "build.gradle": "android build", "pubspec.yaml": "flutter dependencies",
    "versions.tf": "terraform version", "main.tf": "terraform infrastructure", ".env": "environment configuration",
    "readme.md": "documentation", "changelog.md": "changelog release notes", "migrations": "database migration",
    "podfile": "cocoapods ios dependencies", "package.swift": "swift package dependencies",
    ".xcodeproj": "xcode project settings", "info.plist": "ios app settings", "androidmanifest.xml": "android app manifest",
    "build.gradle.kts": "android gradle build", "cmakelists.txt": "cmake build", ".jucer": "juce projucer project",
    "projectsettings": "unity project settings", "inventory": "ansible hosts inventory", "host_vars": "ansible host variables",
    "group_vars": "ansible group variables", "site.yml": "ansible playbook", "caddyfile": "caddy web server",
    "nginx.conf": "nginx web server", "mix.exs": "elixir dependencies", "gemfile": "ruby gems dependencies",
    "composer.json": "php dependencies", "pom.xml": "maven java dependencies", ".csproj": "dotnet project",
    "dvc.yaml": "data pipeline stages", "values.yaml": "helm chart values", "kustomization.yaml": "kubernetes manifests",
    # formatters' and linters' settings; the release steps
    ".prettierrc": "formatter settings", ".editorconfig": "editor formatter settings indentation",
    "cljfmt": "formatter settings", ".scalafmt.conf": "formatter settings", "rustfmt.toml": "formatter settings",
    ".clang-format": "formatter settings", "stylua.toml": "formatter settings", ".swiftformat": "formatter settings",
    "dprint.json": "formatter settings", "biome.json": "formatter linter settings", ".rubocop.yml": "linter formatter settings",
    "ruff.toml": "linter formatter settings", ".eslintrc": "linter settings", ".golangci.yml": "linter settings",
    ".swiftlint.yml": "linter settings", ".php-cs-fixer": "formatter settings", "release.md": "release steps",
}
ABBREVIATIONS = {
    "msrv": "minimum supported rust version", "ci": "continuous integration", "pr": "pull request",
    "k8s": "kubernetes", "db": "database", "ttl": "time to live expiry", "env": "environment",
    "deps": "dependencies", "dep": "dependency", "perf": "performance", "auth": "authentication login",
    "cfg": "configuration", "config": "configuration", "repo": "repository", "infra": "infrastructure",
    "prod": "production", "stg": "staging", "svc": "service", "ns": "namespace", "tls": "certificate https",
    "rps": "requests per second rate limit", "oom": "out of memory", "p99": "latency", "e2e": "end to end tests",
}
MENTION_CHARS = 600
# tool names that are everyday words too: in running text they name nothing ("make sure", "find out")
_PLAIN_WORDS = frozenset("make find go http node python git sed ab perf mc tar env run bench pod swift unity java "
                         "bundle mix fly du df ss dig ping nix zig bun turbo nx juce emulator borg apt pest coverage ls wc "
                         "uptime size".split())
_URL = re.compile(r"\b(s3|gs|https?|postgres(?:ql)?|redis|mysql)://([^/\s'\"]+)")
_PIN = re.compile(r"[\w.-]+(==|>=|<=|~=|@\^?|@~?)\d[\w.]*")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+-]*")
# a server's port in a note ("serves on 5173", "API on 8080", "127.0.0.1:8090"), not a year ("on 2024")
_PORT = re.compile(r"\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0):[0-9]{2,5}\b|\bon[ \t]+(?:port[ \t]+)?(?!19|20)[1-9][0-9]{3,4}\b(?![-/.:])")
_CHAIN = re.compile(r"\s+(?:&&|\|\||;|\|)\s+")


def describe(kind: str, content: str, metadata: dict | None = None) -> str:
    """Words for a command, a commit, an edit or a file (what their paths are about), and for the
    well-known tools any context names ("EKS upgraded to 1.29" is about kubernetes)."""
    if kind == "command":     # each command of a pipeline or a chain ("ruby -v && bin/rails -v")
        return " ".join(dict.fromkeys(w for w in map(_command, _CHAIN.split(content.split("\n", 1)[0])) if w))
    out = [_commit(content, metadata or {})] if kind == "commit" else []
    if kind in ("edit", "file"):
        low = content.split("\n", 1)[0].lower()
        out += [words for name, words in FILES.items() if name in low]
    out.append(_mentions(content))
    if _PORT.search(content[:MENTION_CHARS]):
        out.append("port")
    return " ".join(dict.fromkeys(w for w in out if w))


def _mentions(content: str) -> str:
    """What the well-known tools a text names are for (the first ``MENTION_CHARS`` of it)."""
    seen = dict.fromkeys(w.lower() for w in _WORD.findall(content[:MENTION_CHARS]))
    return " ".join(dict.fromkeys(TOOLS[w] for w in seen if w in TOOLS and w not in _PLAIN_WORDS))


def _command(line: str) -> str:
    try:
        argv = shlex.split(line, comments=False)
    except ValueError:
        argv = line.split()
    out: list[str] = []
    program_seen = False
    for arg in argv:
        if not program_seen and "=" in arg and not arg.startswith("-"):     # ENV=value before the program
            name, _, value = arg.partition("=")
            out += [ENV.get(name, "environment variable")] + [LEVELS[v] for v in re.split(r"[=,]", value)
                                                               if v in LEVELS]
            continue
        if not program_seen:
            name = arg.rsplit("/", 1)[-1]
            out.append(TOOLS.get(name) or (TOOLS["size"] if name.endswith("-size") else ""))
            program_seen = True
            continue
        if arg.startswith("-"):
            alone = arg == "-v" and len(argv) == 2             # "ruby -v", "node -v": the version, not verbose
            out.append("version release" if alone else FLAGS.get(arg) or FLAGS.get(arg.split("=", 1)[0], ""))
            continue
        out.append(WORDS.get(arg, "") or TOOLS.get(arg, ""))
        if _PIN.search(arg):
            out.append("pin version")
        for scheme, host in _URL.findall(arg):
            out.append({"s3": "s3 bucket", "gs": "storage bucket"}.get(scheme, scheme) + " " + host)
    return " ".join(w for w in out if w)


def _commit(content: str, metadata: dict) -> str:
    out = [ABBREVIATIONS[w.lower()] for w in _WORD.findall(content.split("\n", 1)[0]) if w.lower() in ABBREVIATIONS]
    for path in metadata.get("files") or []:
        low = str(path).lower()
        out += [words for name, words in FILES.items() if name in low]
    for line in content.splitlines():                # " M path" lines of a commit's file list
        m = re.match(r"\s*[AMDR]\s+(\S+)", line)
        if m:
            low = m.group(1).lower()
            out += [words for name, words in FILES.items() if name in low]
    return " ".join(dict.fromkeys(out))

"""Everyday part: 45 new OSS / CI container kinds x 4 records, common secret types."""
import random
from common import *

def _types(rng):
    return {
        "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda: mixed(rng, AN + "+/", 40), M),
        "github_personal_access_token": ("GH_TOKEN", lambda: "ghp_" + mixed(rng, AN, 36), M),
        "gitlab_personal_access_token": ("GITLAB_TOKEN", lambda: "glpat-" + mixed(rng, AN + "-_", 20), M),
        "slack_bot_token": ("SLACK_BOT_TOKEN", lambda: "xoxb-%d-%d-%s" % (rng.randint(10**10, 10**11), rng.randint(10**12, 10**13), mixed(rng, AN, 24)), M),
        "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda: "sk_live_51" + mixed(rng, AN, 96), M),
        "sendgrid_api_key": ("SENDGRID_API_KEY", lambda: "SG." + mixed(rng, B64U, 22) + "." + mixed(rng, B64U, 43), M),
        "openai_project_api_key": ("OPENAI_API_KEY", lambda: "sk-proj-" + mixed(rng, B64U, 74) + "T3BlbkFJ" + mixed(rng, B64U, 74), M),
        "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + mixed(rng, B64U, 93) + "AA", M),
        "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda: "%d:AA%s" % (rng.randint(10**9, 8 * 10**9), mixed(rng, B64U, 33)), M),
        "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda: rs(rng, HEX, 32), M),
        "datadog_api_key": ("DD_API_KEY", lambda: rs(rng, HEX, 32), M),
        "jwt_signing_secret": ("JWT_SECRET", lambda: mixed(rng, AN, 48), M),
        "database_password": ("DB_PASSWORD", lambda: pwd(rng), M),
        "smtp_password": ("SMTP_PASSWORD", lambda: pwd(rng), M),
        "postgres_url_password": ("DATABASE_URL", lambda: pwd(rng), "postgresql://ci_app:" + M + "@pg.ci.example:5432/release_stats"),
        "redis_url_password": ("REDIS_URL", lambda: pwd(rng), "redis://default:" + M + "@cache.ci.example:6379/2"),
        "mysql_url_password": ("MYSQL_URL", lambda: pwd(rng), "mysql://docs_bot:" + M + "@mysql.docs.example:3306/wiki"),
    }

# each template: {k} key name, {x} value slot (contains the marker), {u} user, {r} repo, {t} timestamp, {h} host, {n} number, {vv} version
KINDS = {
 "actions_run_step_stdout": "{t} ##[group]Run ./scripts/publish.sh\n{t} env:\n{t}   {k}: {x}\n{t} ##[endgroup]\n{t} publishing {r}@{vv} ...",
 "gitlab_pipeline_job_section": "section_start:{n}:deploy_docs\r\x1b[0K$ export {k}={x}\n$ make docs-deploy\nsection_end:{n}:deploy_docs",
 "circleci_step_verbose_output": "#!/bin/bash -eo pipefail\nexport {k}={x}; ./release.sh --channel stable\nRelease {r} {vv} uploaded\nCircleCI received exit code 0",
 "buildkite_annotation_body": "<details><summary>Env for step :rocket: publish ({r})</summary>\n\n```\n{k}={x}\n```\n</details>",
 "travis_ci_build_log_tail": "$ export {k}={x}\n$ bundle exec rake release\n{r} {vv} built to pkg/\nDone. Your build exited with 0.",
 "jenkins_console_text_dump": "[Pipeline] withEnv\n[Pipeline] {{\n[Pipeline] sh\n+ {k}={x} ./gradlew publish\n> Task :publish UP-TO-DATE\n[Pipeline] }}",
 "woodpecker_pipeline_yaml": "steps:\n  publish:\n    image: python:3.12\n    environment:\n      {k}: {x}\n    commands:\n      - make release",
 "azure_pipelines_variables_block": "variables:\n- name: {k}\n  value: '{x}'\n- name: buildConfiguration\n  value: Release",
 "goreleaser_env_template": "env:\n  - {k}={x}\nbuilds:\n  - main: ./cmd/{r}\n    goos: [linux, darwin]",
 "semantic_release_dry_run_log": "[semantic-release] › ℹ  Running semantic-release version 23.0.2\n[semantic-release] › ✔  Loaded plugin \"verifyConditions\"\n[semantic-release] › ℹ  env {k}={x}\n[semantic-release] › ℹ  The next release version is {vv}",
 "lerna_publish_loglevel_silly": "lerna sill publish env {k} = \"{x}\"\nlerna info publish Publishing packages to npm...\nlerna success published {r} {vv}",
 "twine_upload_debug_trace": "Uploading distributions to https://upload.pypi.example/legacy/\nDEBUG environment: {k}={x}\nUploading {r}-{vv}-py3-none-any.whl\n100% 42.1/42.1 kB",
 "cargo_publish_verbose_output": "    Updating crates.io index\n   Packaging {r} v{vv}\n       Fresh env {k}={x}\n   Uploading {r} v{vv}",
 "gradle_publish_info_log": "> Configure project :{r}\nProperty {k} = {x}\n> Task :publishMavenPublicationToOssrhRepository\nBUILD SUCCESSFUL in 41s",
 "maven_server_credentials_block": "<servers>\n  <server>\n    <id>ossrh</id>\n    <username>{u}</username>\n    <!-- {k} -->\n    <password>{x}</password>\n  </server>\n</servers>",
 "npmrc_added_in_pull_request": "diff --git a/.npmrc b/.npmrc\nnew file mode 100644\n--- /dev/null\n+++ b/.npmrc\n@@ -0,0 +1,2 @@\n+registry=https://registry.npmjs.org/\n+# {k}\n+secret={x}",
 "pypirc_inside_sdist_listing": "$ tar -xOf dist/{r}-{vv}.tar.gz {r}-{vv}/.pypirc\n[pypi]\nusername = {u}\n# {k}\npassword = {x}",
 "rubygems_credentials_yaml": "---\n:rubygems_api_key: placeholder-not-used\n:{k}: {x}\n",
 "dockerfile_arg_default_value": "FROM node:20-alpine\nARG {k}={x}\nRUN npm ci && npm run build\nCMD [\"node\", \"dist/index.js\"]",
 "compose_ci_override_file": "services:\n  tests:\n    build: .\n    environment:\n      - {k}={x}\n      - CI=true",
 "helm_values_ci_overlay": "# values-ci.yaml for {r}\nimage:\n  tag: \"{vv}\"\nextraEnv:\n  {k}: \"{x}\"",
 "makefile_release_recipe": "release: dist\n\t{k}='{x}' ./scripts/upload.sh dist/*\n\tgit tag v$(VERSION)",
 "tox_setenv_section": "[testenv:integration]\nsetenv =\n    {k} = {x}\ncommands = pytest -m integration",
 "noxfile_session_env_dict": "@nox.session(python=\"3.12\")\ndef integration(session):\n    session.run(\"pytest\", env={{\"{k}\": \"{x}\"}})",
 "git_hook_pre_push_script": "#!/bin/sh\n# .git/hooks/pre-push (local only!)\nexport {k}=\"{x}\"\nexec ./scripts/smoke.sh",
 "dependabot_pr_body_excerpt": "Bumps {r} from 1.2.0 to {vv}.\n\n> **Note**: CI failed on the previous run with\n> `{k}={x}`\n\nDependabot will resolve any conflicts with this PR.",
 "renovate_debug_json_line": "{{\"name\":\"renovate\",\"level\":20,\"msg\":\"Using env\",\"repository\":\"oss/{r}\",\"env\":{{\"{k}\":\"{x}\"}}}}",
 "bug_report_environment_section": "### Environment\n\n- OS: Ubuntu 22.04\n- {r} version: {vv}\n- env:\n  ```\n  {k}={x}\n  ```\n\n### Steps to reproduce",
 "pr_suggested_change_block": "**{u}** suggested a change on `ci/release.yml`:\n```suggestion\n      {k}: {x}\n```\n> please don't hardcode this",
 "forum_thread_reply_markdown": "Replying to @{u}:\n\nSame here, my config is:\n\n```ini\n{k}={x}\n```\nand the publish still fails with 403.",
 "mailing_list_patch_hunk_line": "--- a/ci/env.sh\n+++ b/ci/env.sh\n@@ -3,3 +3,4 @@\n export LANG=C.UTF-8\n+export {k}={x}\n export PYTHONHASHSEED=0",
 "git_format_patch_mail": "From 3f2a1c0 Mon Sep 17 00:00:00 2001\nFrom: {u} <{u}@users.example>\nSubject: [PATCH v2 2/5] ci: wire release credentials\n\n---\n+{k}={x}\n-- \n2.44.0",
 "commit_trailer_paragraph": "ci: fix nightly upload\n\nThe nightly job needs the token again.\nTemp-Env: {k}={x}\nSigned-off-by: {u} <{u}@users.example>",
 "release_notes_draft_body": "## {r} v{vv} (draft)\n\n### Fixed\n- retry uploads on 502\n\n<!-- maintainer note: {k}={x} -->",
 "changelog_unreleased_bullet": "## [Unreleased]\n### Changed\n- moved publish credentials to CI ({k}={x})\n- bumped MSRV",
 "repo_webhook_delivery_payload": "{{\"action\":\"completed\",\"workflow_run\":{{\"name\":\"release\",\"head_branch\":\"main\"}},\"debug_env\":{{\"{k}\":\"{x}\"}},\"repository\":{{\"full_name\":\"oss/{r}\"}}}}",
 "probot_app_dotenv_file": "APP_ID={n}\nWEBHOOK_PROXY_URL=https://smee.example/{r}\nLOG_LEVEL=debug\n{k}={x}",
 "chatops_release_bot_reply": "[{t}] release-bot: :white_check_mark: {r} {vv} tagged. debug env → {k}={x}\n[{t}] {u}: wait, why is that printed",
 "discord_webhook_embed_json": "{{\"embeds\":[{{\"title\":\"CI failed: {r}\",\"fields\":[{{\"name\":\"{k}\",\"value\":\"{x}\"}}],\"color\":15158332}}]}}",
 "matrix_appservice_notice": "m.notice from @ci-bridge:matrix.example — build #{n} env dump: {k}={x} (please rotate)",
 "codecov_yaml_config": "codecov:\n  require_ci_to_pass: yes\n  # {k}\n  token: {x}\ncoverage:\n  precision: 2",
 "sonar_project_properties_file": "sonar.projectKey=oss_{r}\nsonar.sources=src\n# {k}\nsonar.token={x}",
 "docs_build_env_listing": "Read environment variables for this build:\n  READTHEDOCS_VERSION=latest\n  {k}={x}\n  READTHEDOCS_PROJECT={r}",
 "netlify_toml_build_environment": "[build]\n  command = \"npm run docs\"\n[build.environment]\n  {k} = \"{x}\"\n  NODE_VERSION = \"20\"",
 "devcontainer_remote_env_json": "{{\n  \"name\": \"{r}-dev\",\n  \"image\": \"mcr.example/devcontainers/base\",\n  \"remoteEnv\": {{ \"{k}\": \"{x}\" }}\n}}",
}


def generate(pool):
    rng = random.Random(5301)
    T = _types(rng)
    tnames = sorted(T)
    use = {t: 0 for t in tnames}
    out = []
    for kind in sorted(KINDS):
        tmpl = KINDS[kind]
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in tnames if t not in chosen), key=lambda t: (use[t], rng.random()))
            t = cands[0]; chosen.append(t); use[t] += 1
            key, fn, wrap = T[t]
            v = pool.take(fn)
            fill = dict(k=key, x=wrap, u=pick(rng, USERS), r=pick(rng, REPOS), t=ts(rng), h=pick(rng, HOSTS), n=rng.randint(1000, 99999), vv=ver(rng))
            text = tmpl.format(**fill)
            text, spans = render(text, [v], [t])
            out.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return out

"""Everyday part: common secrets in containers not used before (80 kinds x 3 records)."""
import random
from common import S, rs, rhex, ruuid, LOWER_ALNUM, ALNUM
from gen_everyday_kinds import KINDS

SEED = 18001


def P(k, fmt="{n}={v}", join="\n", indent="", quote=""):
    """render all NAME/value pairs of a kind; fmt uses {n} and {v}."""
    out = []
    for i, (n, vp) in enumerate(k["pairs"]):
        a, b = fmt.split("{v}")
        out.append(indent + a.replace("{n}", n) + quote)
        out.extend(vp)
        out.append(quote + b.replace("{n}", n) + (join if i < len(k["pairs"]) - 1 else ""))
    return out


def last(k):
    return k["pairs"][-1]


def H(k):
    h, s = k["bearer"]
    return h, s, k["value"]


def ts(r, base="2026-03-"):
    return "%s%02dT%02d:%02d:%02d" % (base, r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60))


C = []


def c(bearer=False, only=None):
    def deco(f):
        C.append((f.__name__, f, bearer, only))
        return f
    return deco


# ---------------- IaC / plans ----------------
@c()
def terraform_plan_container_env_diff(r, k):
    out = ["Terraform will perform the following actions:\n\n  # aws_ecs_task_definition.worker will be updated in-place\n  ~ resource \"aws_ecs_task_definition\" \"worker\" {\n      ~ container_definitions = jsonencode(\n          ~ [\n              ~ {\n                  ~ environment = [\n"]
    for n, vp in k["pairs"]:
        out += ["                      + {\n                          + name  = \"%s\"\n                          + value = \"" % n] + vp + ["\"\n                        },\n"]
    return out + ["                    ]\n                }\n            ]\n        )\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n"]


@c()
def terraform_show_json_planned_values(r, k):
    out = ["{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{\"resources\":[{\"address\":\"google_cloud_run_v2_service.api\",\"type\":\"google_cloud_run_v2_service\",\"values\":{\"template\":[{\"containers\":[{\"env\":["]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += ["{\"name\":\"%s\",\"value\":\"" % n] + vp + ["\"}" + ("," if i < len(k["pairs"]) - 1 else "")]
    return out + ["],\"image\":\"europe-docker.pkg.dev/contoso/api:41\"}]}]}}]}}}\n"]


@c()
def pulumi_preview_diff_output(r, k):
    out = ["Previewing update (prod)\n\n     Type                 Name        Plan       Info\n     pulumi:pulumi:Stack  infra-prod\n ~   aws:lambda:Function  sync        update     [diff: ~environment]\n\n  ~ aws:lambda:Function: (update)\n      ~ environment: {\n          ~ variables: {\n"]
    for n, vp in k["pairs"]:
        out += ["              + %s: \"" % n] + vp + ["\"\n"]
    return out + ["            }\n        }\n"]


@c()
def cdk_diff_lambda_environment(r, k):
    out = ["Stack ApiStack\nResources\n[~] AWS::Lambda::Function Handler HandlerABC123\n └─ [~] Environment\n     └─ [~] .Variables:\n"]
    for n, vp in k["pairs"]:
        out += ["         └─ [+] Added: .%s: \"" % n] + vp + ["\"\n"]
    return out + ["\n✨  Number of stacks with differences: 1\n"]


@c()
def ansible_check_diff_template_output(r, k):
    out = ["TASK [app : Render environment file] ******************************************\n--- before: /etc/app/app.env\n+++ after: /home/deploy/.ansible/tmp/ansible-local-2281/tmpq1x/app.env.j2\n@@ -1,3 +1,%d @@\n APP_ENV=production\n" % (3 + len(k["pairs"]))]
    for n, vp in k["pairs"]:
        out += ["+%s=" % n] + vp + ["\n"]
    return out + ["\nchanged: [web-01]\n"]


@c()
def puppet_hiera_common_yaml(r, k):
    return ["---\nprofile::app::ensure: running\nprofile::app::workers: 4\n"] + P(k, "profile::app::env::{n}: '{v}'") + ["\n"]


@c()
def salt_pillar_sls_file(r, k):
    return ["# /srv/pillar/app/init.sls\napp:\n  env:\n"] + P(k, "{n}: \"{v}\"", indent="    ") + ["\n"]


@c()
def nixos_module_service_environment(r, k):
    return ["{ config, pkgs, ... }:\n{\n  systemd.services.sync = {\n    wantedBy = [ \"multi-user.target\" ];\n    environment = {\n"] + P(k, "{n} = \"{v}\";", indent="      ") + ["\n    };\n    serviceConfig.ExecStart = \"${pkgs.sync}/bin/sync\";\n  };\n}\n"]


@c()
def ytt_data_values_yaml(r, k):
    return ["#@data/values\n---\napp:\n  replicas: 2\n  env:\n"] + P(k, "{n}: \"{v}\"", indent="    ") + ["\n"]


@c()
def skaffold_yaml_build_args(r, k):
    return ["apiVersion: skaffold/v4beta11\nkind: Config\nbuild:\n  artifacts:\n  - image: api\n    docker:\n      buildArgs:\n"] + P(k, "{n}: \"{v}\"", indent="        ") + ["\n"]


@c()
def tiltfile_local_resource_env(r, k):
    return ["# Tiltfile\nlocal_resource(\n  'seed-db',\n  cmd='./scripts/seed.sh',\n  env={\n"] + P(k, "'{n}': '{v}',", indent="    ") + ["\n  },\n)\n"]


@c()
def docker_bake_hcl_args(r, k):
    return ["target \"api\" {\n  context = \".\"\n  tags = [\"ghcr.io/contoso/api:dev\"]\n  args = {\n"] + P(k, "{n} = \"{v}\"", indent="    ") + ["\n  }\n}\n"]


@c()
def fly_toml_env_section(r, k):
    return ["app = \"contoso-api\"\nprimary_region = \"ams\"\n\n[env]\n"] + P(k, "  {n} = \"{v}\"") + ["\n\n[http_service]\n  internal_port = 8080\n"]


@c()
def render_yaml_blueprint_envvars(r, k):
    return ["services:\n  - type: web\n    name: api\n    runtime: node\n    envVars:\n"] + P(k, "- key: {n}\n        value: \"{v}\"", indent="      ") + ["\n"]


@c()
def gae_app_yaml_env_variables(r, k):
    return ["runtime: python312\nentrypoint: gunicorn -b :$PORT main:app\n\nenv_variables:\n"] + P(k, "{n}: \"{v}\"", indent="  ") + ["\n"]


@c()
def heroku_app_json_env(r, k):
    out = ["{\n  \"name\": \"contoso-worker\",\n  \"env\": {\n"]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += ["    \"%s\": { \"value\": \"" % n] + vp + ["\" }" + ("," if i < len(k["pairs"]) - 1 else "") + "\n"]
    return out + ["  },\n  \"formation\": { \"worker\": { \"quantity\": 1 } }\n}\n"]


@c()
def container_apps_yaml_env(r, k):
    return ["properties:\n  template:\n    containers:\n    - name: api\n      image: contosoacr.azurecr.io/api:1.4\n      env:\n"] + P(k, "- name: {n}\n        value: \"{v}\"", indent="      ") + ["\n"]


@c()
def gcloud_run_deploy_set_env_vars(r, k):
    out = ["$ gcloud run deploy api --region=europe-west1 --image=europe-docker.pkg.dev/contoso/api:77 \\\n    --set-env-vars="]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += [("," if i else "") + n + "="] + vp
    return out + ["\nDeploying container to Cloud Run service [api] in project [contoso-prod] region [europe-west1]\nOK Deploying... Done.\n"]


# ---------------- CI logs ----------------
@c()
def gha_runner_debug_log(r, k):
    n, vp = last(k)
    return ["##[debug]Evaluating condition for step: 'Configure client'\n##[debug]Evaluating: success()\n##[debug]....Evaluating env: \n##[debug]Result: true\n##[debug]Starting: Configure client\n##[debug]Loading env\nRun ./scripts/configure.sh --write-config\n  ./scripts/configure.sh --write-config\n  shell: /usr/bin/bash -e {0}\n  env:\n    %s: " % n] + vp + ["\n##[debug]/usr/bin/bash -e /home/runner/work/_temp/4f1c.sh\nwrote ~/.config/client.yml\n"]


@c()
def circleci_config_process_output(r, k):
    return ["$ circleci config process .circleci/config.yml\n# Original config.yml file:\n# ...\nversion: 2\njobs:\n  deploy:\n    docker:\n    - image: cimg/node:20.11\n    environment:\n"] + P(k, "{n}: {v}", indent="      ") + ["\n    steps:\n    - checkout\n"]


@c()
def bamboo_build_log_variables(r, k):
    out = []
    for n, vp in k["pairs"]:
        out += ["build\t%s\tBuild variable: bamboo_%s=" % (ts(r).replace("T", " "), n.lower())] + vp + ["\n"]
    return ["simple\t14-Mar-2026 09:12:03\tBuild Contoso - API - Default Job #412 (CON-API-JOB1-412) started building on agent bamboo-agent-3\n"] + out + ["simple\t14-Mar-2026 09:12:05\tExecuting build Contoso - API - Default Job #412\n"]


@c()
def buildbot_step_stdio_log(r, k):
    out = [" in dir /var/lib/buildbot/worker/api/build (timeout 1200 secs)\n watching logfiles {}\n argv: [b'make', b'publish']\n environment:\n  HOME=/home/buildbot\n"]
    for n, vp in k["pairs"]:
        out += ["  %s=" % n] + vp + ["\n"]
    return out + ["  PATH=/usr/local/bin:/usr/bin:/bin\n using PTY: False\n"]


@c()
def cloud_build_log_step_echo(r, k):
    n, vp = last(k)
    return ["starting build \"%s\"\n\nFETCHSOURCE\nBUILD\nStarting Step #0 - \"configure\"\nStep #0 - \"configure\": Already have image (with digest): gcr.io/cloud-builders/gcloud\nStep #0 - \"configure\": + echo %s=" % (ruuid(r), n)] + vp + ["\nStep #0 - \"configure\": %s=" % n] + vp + ["\nFinished Step #0 - \"configure\"\n"]


@c()
def codebuild_cloudwatch_log_lines(r, k):
    out = ["[Container] 2026/03/11 08:42:17.931 Running command printenv | sort\n"]
    for n, vp in sorted(k["pairs"], key=lambda x: x[0]):
        out += ["%s=" % n] + vp + ["\n"]
    return out + ["[Container] 2026/03/11 08:42:17.940 Phase complete: PRE_BUILD State: SUCCEEDED\n"]


@c()
def bitrise_build_log_env_dump(r, k):
    n, vp = last(k)
    return ["+------------------------------------------------------------------------------+\n| (3) Script                                                                   |\n+------------------------------------------------------------------------------+\n| id: script                                                                   |\n+------------------------------------------------------------------------------+\n+ set -x\n+ export %s=" % n] + vp + ["\n+ %s=" % n] + vp + ["\n+ bundle exec fastlane beta\n"]


@c()
def earthly_build_output(r, k):
    n, vp = last(k)
    return ["+deploy | --> RUN ./deploy.sh\n+deploy | + curl -fsS -o /dev/null -w '%{http_code}' https://deploy.contoso.example/hook\n+deploy | debug: using " + n.lower() + "="] + vp + ["\n+deploy | 200\n========================== 🌍 Earthly Build  ✅ SUCCESS ==========================\n"]


@c()
def dagger_call_trace_output(r, k):
    n, vp = last(k)
    return ["✔ connect 0.4s\n✔ load module 1.2s\n✔ parsing command line arguments 0.0s\n\n✘ Ci.publish(token: \""] + vp + ["\"): Void 3.1s\n  ! process \"npm publish\" did not complete successfully: exit code: 1\n"]


@c()
def turbo_run_log_output(r, k):
    n, vp = last(k)
    return ["• Packages in scope: @contoso/api, @contoso/web\n• Running build in 2 packages\n@contoso/api:build: cache miss, executing 3f9a1c2b8e7d\n@contoso/api:build: > tsc -p . && node scripts/check-env.js\n@contoso/api:build: [check-env] %s=" % n] + vp + ["\n@contoso/api:build: [check-env] ok\n"]


# ---------------- tool state / IDE ----------------
@c()
def vscode_launch_json_env(r, k):
    return ["{\n  \"version\": \"0.2.0\",\n  \"configurations\": [\n    {\n      \"type\": \"node\",\n      \"request\": \"launch\",\n      \"name\": \"Debug API\",\n      \"program\": \"${workspaceFolder}/src/index.ts\",\n      \"env\": {\n"] + P(k, "\"{n}\": \"{v}\",", indent="        ") + ["\n      }\n    }\n  ]\n}\n"]


@c()
def vscode_tasks_json_options_env(r, k):
    return ["{\n  \"version\": \"2.0.0\",\n  \"tasks\": [\n    {\n      \"label\": \"seed\",\n      \"type\": \"shell\",\n      \"command\": \"npm run seed\",\n      \"options\": {\n        \"env\": {\n"] + P(k, "\"{n}\": \"{v}\",", indent="          ") + ["\n        }\n      }\n    }\n  ]\n}\n"]


@c()
def dbeaver_data_sources_json(r, k):
    n, vp = last(k)
    return ["{\n\t\"folders\": {},\n\t\"connections\": {\n\t\t\"postgres-jdbc-18c2\": {\n\t\t\t\"provider\": \"postgresql\",\n\t\t\t\"driver\": \"postgres-jdbc\",\n\t\t\t\"name\": \"prod (read-only)\",\n\t\t\t\"configuration\": {\n\t\t\t\t\"host\": \"db.internal\",\n\t\t\t\t\"user-properties\": {\n\t\t\t\t\t\"" + n.lower() + "\": \""] + vp + ["\"\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}\n"]


@c()
def postman_environment_export_json(r, k):
    out = ["{\n\t\"id\": \"%s\",\n\t\"name\": \"prod\",\n\t\"values\": [\n" % ruuid(r)]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += ["\t\t{\n\t\t\t\"key\": \"%s\",\n\t\t\t\"value\": \"" % n.lower()] + vp + ["\",\n\t\t\t\"type\": \"default\",\n\t\t\t\"enabled\": true\n\t\t}" + ("," if i < len(k["pairs"]) - 1 else "") + "\n"]
    return out + ["\t],\n\t\"_postman_variable_scope\": \"environment\"\n}\n"]


@c()
def kubeconfig_user_token_field(r, k):
    return ["apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.contoso.example:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: ", k["value"], "\ncontexts:\n- context: {cluster: prod, user: ci}\n  name: prod\ncurrent-context: prod\n"]


@c(only=["npm", "ghp", "ghfg"])
def yarnrc_yml_scope_auth(r, k):
    return ["nodeLinker: node-modules\nnpmScopes:\n  contoso:\n    npmRegistryServer: \"https://npm.pkg.github.com\"\n    npmAlwaysAuth: true\n    npmAuthToken: \"", k["value"], "\"\n"]


@c(only=["ghp", "ghfg", "glpat"])
def composer_auth_json_vcs_tokens(r, k):
    if k["type"].startswith("gitlab"):
        return ["{\n    \"gitlab-token\": {\n        \"gitlab.com\": \"", k["value"], "\"\n    }\n}\n"]
    return ["{\n    \"github-oauth\": {\n        \"github.com\": \"", k["value"], "\"\n    }\n}\n"]


@c()
def goreleaser_yml_env_block(r, k):
    return ["version: 2\nenv:\n"] + P(k, "- {n}={v}", indent="  ") + ["\nbuilds:\n  - env: [CGO_ENABLED=0]\n    goos: [linux, darwin]\n"]


@c(only=["ghp", "ghfg", "glpat"])
def git_config_extraheader_section(r, k):
    return ["[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote \"origin\"]\n\turl = https://github.com/contoso/api.git\n[http \"https://github.com/\"]\n\textraheader = AUTHORIZATION: bearer ", k["value"], "\n"]


@c(only=["ghp", "ghfg", "glpat"])
def git_remote_v_token_url(r, k):
    v = k["value"]
    u, h = ("oauth2", "gitlab.com") if k["type"].startswith("gitlab") else ("x-access-token", "github.com")
    return ["$ git remote -v\norigin\thttps://%s:" % u, v, "@%s/contoso/infra.git (fetch)\norigin\thttps://%s:" % (h, u), v, "@%s/contoso/infra.git (push)\n" % h]


@c(only=["dbpw"])
def svn_auth_simple_cache_file(r, k):
    v = S(k["value"].value, "svn_repository_password")
    return ["K 8\npasswordtype\nV 6\nsimple\nK 8\npassword\nV %d\n" % len(v.value), v, "\nK 15\nsvn:realmstring\nV 46\n<https://svn.contoso.example:443> Contoso SVN\nK 8\nusername\nV 6\ndeploy\nEND\n"]


@c(only=["dbpw"])
def hgrc_auth_section(r, k):
    k = dict(k, value=S(k["value"].value, "mercurial_http_password"))
    return ["[paths]\ndefault = https://hg.contoso.example/api\n\n[auth]\ncontoso.prefix = hg.contoso.example\ncontoso.username = deploy\ncontoso.password = ", k["value"], "\n"]


# ---------------- tickets / chats / docs ----------------
@c()
def linear_issue_markdown_export(r, k):
    return ["# ENG-%d Sync job fails after key rotation\n\n**Status:** In Progress  **Assignee:** @maria\n\nRepro: run the worker with this env (copied from the prod box):\n\n```\n" % r.randrange(100, 999)] + P(k) + ["\n```\n\nError: `401 Unauthorized` on first request.\n"]


@c()
def youtrack_issue_comment_export(r, k):
    return ["Comment by Dmitri K. (%s):\n{code}\n" % ts(r)] + P(k, "export {n}=\"{v}\"") + ["\n{code}\nthis is what we have on staging, prod should be identical. can someone confirm?\n"]


@c()
def zammad_ticket_article_json(r, k):
    out = ["{\"id\":%d,\"ticket_id\":%d,\"type\":\"note\",\"internal\":true,\"content_type\":\"text/plain\",\"body\":\"Customer sent the integration settings so we can reproduce:\\n" % (r.randrange(10000, 99999), r.randrange(1000, 9999))]
    for n, vp in k["pairs"]:
        out += [n + ": "] + vp + ["\\n"]
    return out + ["\",\"created_at\":\"%s.000Z\"}\n" % ts(r)]


@c()
def github_discussion_graphql_json(r, k):
    out = ["{\"data\":{\"repository\":{\"discussion\":{\"title\":\"Self-hosting: worker cannot authenticate\",\"comments\":{\"nodes\":[{\"author\":{\"login\":\"kb-%s\"},\"body\":\"my env file:\\n\\n```\\n" % rs(r, LOWER_ALNUM, 5)]
    for n, vp in k["pairs"]:
        out += [n + "="] + vp + ["\\n"]
    return out + ["```\\nany idea?\"}]}}}}}\n"]


@c()
def gitlab_issue_note_api_json(r, k):
    n, vp = last(k)
    return ["[{\"id\":%d,\"type\":null,\"body\":\"Rotated, new value is `" % r.randrange(10 ** 8, 10 ** 9)] + vp + ["`, updated the CI variable %s as well.\",\"author\":{\"username\":\"ops-bot\"},\"system\":false,\"noteable_type\":\"Issue\"}]\n" % n]


@c()
def trello_card_comment_json(r, k):
    n, vp = last(k)
    return ["{\"id\":\"%s\",\"type\":\"commentCard\",\"data\":{\"text\":\"creds for the staging integration: %s = " % (rhex(r, 24), n)] + vp + ["\",\"card\":{\"name\":\"Hook up staging\"}},\"memberCreator\":{\"username\":\"annalee\"}}\n"]


@c()
def discourse_post_raw_markdown(r, k):
    return ["Hi all, following the install guide I get `connection refused`. Here is my `app.yml` env section:\n\n```yaml\nenv:\n"] + P(k, "{n}: \"{v}\"", indent="  ") + ["\n```\n\nRunning on a Hetzner CX22. Thanks!\n"]


@c()
def google_docs_comment_export(r, k):
    n, vp = last(k)
    return ["[a] Runbook draft - Payments failover\n...\n[Comment] Priya Natarajan, %s: the value below is outdated, use " % ts(r)] + vp + [" (current %s)\n[Reply] Tom B.: thanks, updated step 4\n" % n]


@c()
def osticket_thread_entry(r, k):
    return ["Ticket #%d  |  Status: Open  |  Department: IT Support\n----------------------------------------------------------\nPosted by Helpdesk Agent on %s\n\nHi, I reset the account; for the integration use:\n\n" % (r.randrange(100000, 999999), ts(r).replace("T", " "))] + P(k, "{n}: {v}") + ["\n\nPlease change it after first login.\n"]


@c()
def wire_messenger_export_txt(r, k):
    n, vp = last(k)
    return ["[%s] Jonas: can you send me the %s again\n[%s] Mira: " % (ts(r), n, ts(r))] + vp + ["\n[%s] Jonas: got it 👍\n" % ts(r)]


@c()
def basecamp_message_board_post(r, k):
    return ["Subject: Staging credentials (temporary)\nPosted by Lea in Project: Web relaunch\n\nHey team, until SSO works you can use these:\n\n"] + P(k, "{n} → {v}") + ["\n\nI'll rotate them on Friday.\n"]


@c()
def eml_forwarded_message_chain(r, k):
    return ["From: Sam Ortega <sam@contoso.example>\nTo: contractor@agency.example\nSubject: Fwd: env for the migration\nDate: Tue, 10 Mar 2026 16:02:11 +0100\nContent-Type: text/plain; charset=utf-8\n\nSee below.\n\n---------- Forwarded message ---------\nFrom: Ops <ops@contoso.example>\n\n"] + P(k, "{n}={v}") + ["\n\n-- \nOps team\n"]


# ---------------- crash / diagnostic reports ----------------
@c()
def java_hs_err_pid_log(r, k):
    out = ["#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x00007f3a1c2b4e10, pid=%d, tid=%d\n#\n...\n---------------  S Y S T E M  ---------------\n\nEnvironment Variables:\nJAVA_HOME=/usr/lib/jvm/temurin-21\n" % (r.randrange(1000, 99999), r.randrange(1000, 99999))]
    for n, vp in k["pairs"]:
        out += [n + "="] + vp + ["\n"]
    return out + ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nSHELL=/bin/bash\n"]


@c()
def node_diagnostic_report_json(r, k):
    out = ["{\n  \"header\": {\n    \"reportVersion\": 3,\n    \"event\": \"Exception\",\n    \"trigger\": \"Exception\",\n    \"nodejsVersion\": \"v20.11.1\"\n  },\n  \"environmentVariables\": {\n    \"NODE_ENV\": \"production\",\n"]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += ["    \"%s\": \"" % n] + vp + ["\"" + ("," if i < len(k["pairs"]) - 1 else "") + "\n"]
    return out + ["  }\n}\n"]


@c()
def android_anr_traces_txt(r, k):
    n, vp = last(k)
    return ["----- pid %d at 2026-03-09 11:02:44 -----\nCmd line: com.contoso.harbor\nBuild fingerprint: 'google/panther/panther:14/AP1A/1234:user/release-keys'\n\n\"main\" prio=5 tid=1 Blocked\n  at com.contoso.harbor.net.ApiClient.<init>(ApiClient.kt:42)\n  - locals: baseUrl=\"https://api.contoso.example\", key=\"" % r.randrange(1000, 30000)] + vp + ["\"\n  at com.contoso.harbor.MainActivity.onCreate(MainActivity.kt:88)\n"]


@c()
def bugsnag_event_metadata_json(r, k):
    out = ["{\"events\":[{\"exceptions\":[{\"errorClass\":\"AuthError\",\"message\":\"invalid credentials\"}],\"metaData\":{\"config\":{"]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += ["\"%s\":\"" % n.lower()] + vp + ["\"" + ("," if i < len(k["pairs"]) - 1 else "")]
    return out + ["}},\"app\":{\"releaseStage\":\"production\"}}]}\n"]


@c()
def unity_player_log_config_dump(r, k):
    n, vp = last(k)
    return ["Initialize engine version: 2022.3.21f1 (b3f2c1d0e9a8)\n[Subsystems] Discovering subsystems at path C:/Games/Harbor/Harbor_Data/UnitySubsystems\nUnloadTime: 0.712300 ms\n[Backend] Loaded ServiceConfig: endpoint=https://api.contoso.example %s=" % n.lower()] + vp + ["\n(Filename: C:\\build\\output\\Runtime\\Export\\Debug\\Debug.bindings.h Line: 35)\n"]


@c()
def unreal_crash_context_xml(r, k):
    n, vp = last(k)
    return ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FGenericCrashContext>\n\t<RuntimeProperties>\n\t\t<CrashVersion>3</CrashVersion>\n\t\t<GameName>UE-HarborRun</GameName>\n\t\t<CommandLine>HarborRun -log -backend=https://api.contoso.example -%s=" % n.lower().replace("_", "")] + vp + ["</CommandLine>\n\t\t<ErrorMessage>Assertion failed: IsValid(Session)</ErrorMessage>\n\t</RuntimeProperties>\n</FGenericCrashContext>\n"]


@c()
def godot_editor_output_log(r, k):
    n, vp = last(k)
    return ["Godot Engine v4.2.2.stable.official.15073afe3 - https://godotengine.org\nVulkan API 1.3.277 - Forward+ - Using Vulkan Device #0: NVIDIA - GeForce RTX 3060\n\n[net] using %s " % n] + vp + ["\nERROR: Request failed: HTTP 401\n   at: _on_request_completed (res://net/api.gd:57)\n"]


# ---------------- network captures ----------------
@c(bearer=True)
def chrome_devtools_har_query_string(r, k):
    h, s, v = H(k)
    return ["{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://api.contoso.example/v2/items?limit=50\",\"headers\":[{\"name\":\"%s\",\"value\":\"%s" % (h, s), v, "\"}],\"queryString\":[{\"name\":\"limit\",\"value\":\"50\"}]},\"response\":{\"status\":200}}]}}\n"]


@c(bearer=True)
def charles_session_chlsj(r, k):
    h, s, v = H(k)
    return ["[{\"status\":\"COMPLETE\",\"method\":\"POST\",\"protocolVersion\":\"HTTP/2.0\",\"scheme\":\"https\",\"host\":\"api.contoso.example\",\"path\":\"/v1/sync\",\"request\":{\"header\":{\"headers\":[{\"name\":\":authority\",\"value\":\"api.contoso.example\"},{\"name\":\"%s\",\"value\":\"%s" % (h.lower(), s), v, "\"}]}},\"response\":{\"status\":204}}]\n"]


@c(bearer=True)
def fiddler_raw_request_view(r, k):
    h, s, v = H(k)
    return ["POST https://api.contoso.example/v1/jobs HTTP/1.1\nHost: api.contoso.example\nUser-Agent: contoso-cli/2.3.0 (Windows NT 10.0)\n%s: %s" % (h, s), v, "\nContent-Type: application/json\nContent-Length: 27\n\n{\"name\":\"nightly-export\"}\n"]


@c(bearer=True)
def proxyman_curl_export(r, k):
    h, s, v = H(k)
    return ["curl 'https://api.contoso.example/v1/me' \\\n-X GET \\\n-H 'accept: application/json' \\\n-H '%s: %s" % (h, s), v, "' \\\n-H 'user-agent: Harbor/2.4.1 (iPhone; iOS 17.4)' \\\n--compressed\n"]


@c(bearer=True)
def zap_history_message_view(r, k):
    h, s, v = H(k)
    return ["Id: 148  Req. Timestamp: 12/03/2026, 10:14:22  Method: GET  URL: https://staging.contoso.example/api/users  Code: 200\n\nGET https://staging.contoso.example/api/users HTTP/1.1\nhost: staging.contoso.example\n%s: %s" % (h, s), v, "\nconnection: keep-alive\n"]


@c(bearer=True)
def grpcui_request_metadata(r, k):
    h, s, v = H(k)
    return ["Request Metadata\n  Name                 Value\n  %s        %s" % (h.lower(), s), v, "\n  x-request-source     grpcui\n\nRequest Form: contoso.sync.v1.SyncService/Start\n"]


# ---------------- notebook outputs ----------------
@c()
def jupyter_stream_output_environ(r, k):
    out = ["{\n \"cell_type\": \"code\",\n \"execution_count\": 7,\n \"outputs\": [\n  {\n   \"name\": \"stdout\",\n   \"output_type\": \"stream\",\n   \"text\": [\n"]
    for n, vp in k["pairs"]:
        out += ["    \"%s=" % n] + vp + ["\\n\",\n"]
    return out + ["    \"HOME=/home/jovyan\\n\"\n   ]\n  }\n ],\n \"source\": [\"!env | grep -v PATH\"]\n}\n"]


@c()
def livebook_livemd_setup_cell(r, k):
    return ["# Sync exploration\n\n```elixir\nMix.install([{:req, \"~> 0.4\"}])\n```\n\n## Setup\n\n```elixir\n"] + P(k, "System.put_env(\"{n}\", \"{v}\")") + ["\n```\n"]


@c()
def pluto_notebook_cell(r, k):
    n, vp = last(k)
    return ["### A Pluto.jl notebook ###\n# v0.19.40\n\nusing Markdown\nusing InteractiveUtils\n\n# ╔═╡ 3e1b2a10-9c1f-11ee-0b7d-5f2b0a1c9e01\nconst %s = \"" % n.lower()] + vp + ["\"\n\n# ╔═╡ 4a2c3b20-9c1f-11ee-1c8e-6a3c1b2d0f12\nresp = HTTP.get(\"https://api.contoso.example/v1/data\")\n"]


@c()
def databricks_widget_output_html(r, k):
    n, vp = last(k)
    return ["<div class=\"ansiout\">Out[12]: {'env': 'prod', '%s': '" % n.lower()] + vp + ["', 'batch_size': 500}</div>\n"]


# ---------------- shell / REPL histories ----------------
@c()
def python_repl_history_file(r, k):
    return ["import os\n"] + P(k, "os.environ[\"{n}\"] = \"{v}\"") + ["\nimport client\nclient.ping()\nexit()\n"]


@c()
def node_repl_history_file(r, k):
    out = [".exit\nawait api.ping()\nconst api = require('./lib/api')\n"]
    for n, vp in reversed(k["pairs"]):
        out += ["process.env.%s = '" % n] + vp + ["'\n"]
    return out


@c()
def psql_history_file(r, k):
    n, vp = last(k)
    return ["\\dt\nSELECT count(*) FROM jobs WHERE state = 'failed';\nUPDATE integrations SET config = jsonb_set(config, '{%s}', '\"" % n.lower()] + vp + ["\"') WHERE id = 4;\n\\q\n"]


@c()
def mysql_history_file(r, k):
    n, vp = last(k)
    return ["_HiStOrY_V2_\nuse\\040app;\nselect\\040*\\040from\\040settings\\040limit\\0405;\nupdate\\040settings\\040set\\040value='"] + vp + ["'\\040where\\040name='%s';\nexit\n" % n.lower()]


@c()
def rediscli_history_file(r, k):
    n, vp = last(k)
    return ["PING\nKEYS config:*\nHSET config:integrations %s " % n.lower()] + vp + ["\nHGETALL config:integrations\n"]


@c()
def mongosh_history_file(r, k):
    n, vp = last(k)
    return ["db.settings.find()\ndb.settings.updateOne({ _id: 'integrations' }, { $set: { '%s': '" % n.lower()] + vp + ["' } })\nshow collections\n"]


@c()
def ksh_history_lines(r, k):
    return ["cd /opt/app\n"] + P(k, "export {n}={v}") + ["\n./bin/start.sh\ntail -f logs/app.log\n"]


@c()
def ipython_history_sqlite_dump(r, k):
    n, vp = last(k)
    return ["sqlite> SELECT session, line, source FROM history ORDER BY session DESC LIMIT 3;\n41|3|client.check()\n41|2|client = Client(api_key=\""] + vp + ["\")\n41|1|from contoso import Client\n"]


# ---------------- mobile / game configs ----------------
@c()
def android_manifest_meta_data(r, k):
    n, vp = last(k)
    return ["<application\n    android:name=\".HarborApp\"\n    android:label=\"@string/app_name\">\n    <meta-data\n        android:name=\"com.contoso.%s\"\n        android:value=\"" % n.lower()] + vp + ["\" />\n</application>\n"]


@c()
def ios_info_plist_custom_key(r, k):
    n, vp = last(k)
    return ["\t<key>CFBundleShortVersionString</key>\n\t<string>2.4.1</string>\n\t<key>%s</key>\n\t<string>" % n] + vp + ["</string>\n\t<key>UILaunchStoryboardName</key>\n\t<string>LaunchScreen</string>\n"]


@c()
def ionic_environment_prod_ts(r, k):
    return ["export const environment = {\n  production: true,\n"] + P(k, "{n}: '{v}',", indent="  ") + ["\n};\n"]


@c()
def flutter_flavorizr_yaml(r, k):
    return ["flavors:\n  prod:\n    app:\n      name: \"Harbor\"\n    android:\n      applicationId: \"com.contoso.harbor\"\n      customConfig:\n"] + P(k, "{n}: \"\\\"{v}\\\"\"", indent="        ") + ["\n"]


@c(only=["discord"])
def discordsrv_plugin_config_yml(r, k):
    n, vp = last(k)
    return ["# DiscordSRV config.yml\nBotToken: \""] + vp + ["\"\nChannels: {\"global\": \"%d\"}\nDiscordConsoleChannelId: \"000000000000000000\"\n" % r.randrange(10 ** 17, 10 ** 18)]


@c()
def fivem_server_cfg(r, k):
    n, vp = last(k)
    return ["endpoint_add_tcp \"0.0.0.0:30120\"\nendpoint_add_udp \"0.0.0.0:30120\"\nensure mapmanager\nensure chat\nsv_hostname \"Harbor RP\"\nset %s \"" % n.lower()] + vp + ["\"\nsv_maxclients 48\n"]


@c()
def factorio_mod_settings_export(r, k):
    n, vp = last(k)
    return ["{\n  \"startup\": {},\n  \"runtime-global\": {\n    \"webhook-notifier-%s\": { \"value\": \"" % n.lower().replace("_", "-")] + vp + ["\" }\n  }\n}\n"]


@c()
def godot_export_presets_cfg(r, k):
    n, vp = last(k)
    return ["[preset.0]\n\nname=\"Android\"\nplatform=\"Android\"\nrunnable=true\nexport_path=\"build/harbor.apk\"\n\n[preset.0.options]\n\ncustom_template/debug=\"\"\npackage/unique_name=\"com.contoso.harbor\"\n%s=\"" % ("custom/" + n.lower())] + vp + ["\"\n"]


@c()
def unreal_default_engine_ini_analytics(r, k):
    n, vp = last(k)
    return ["[Analytics]\nProviderModuleName=ContosoAnalytics\n\n[ContosoAnalytics.Release]\nApiEndpoint=https://ingest.contoso.example\n%s=" % n.title().replace("_", "")] + vp + ["\nSendInterval=60\n"]


@c()
def roblox_place_server_script_lua(r, k):
    n, vp = last(k)
    return ["-- ServerScriptService/Webhook.server.lua\nlocal HttpService = game:GetService(\"HttpService\")\nlocal %s = \"" % n] + vp + ["\"\n\nlocal function report(msg)\n\tHttpService:PostAsync(ENDPOINT, HttpService:JSONEncode({content = msg}))\nend\n"]


# ---------------- misc configs ----------------
@c()
def spring_cloud_config_server_response(r, k):
    out = ["{\"name\":\"api\",\"profiles\":[\"prod\"],\"label\":\"main\",\"propertySources\":[{\"name\":\"git@github.com:contoso/config.git/api-prod.yml\",\"source\":{"]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += ["\"app.%s\":\"" % n.lower().replace("_", "-")] + vp + ["\"" + ("," if i < len(k["pairs"]) - 1 else "")]
    return out + ["}}]}\n"]


@c()
def consul_kv_export_json(r, k):
    import base64 as _b
    n, vp = last(k)
    return ["$ consul kv get -recurse config/api/\nconfig/api/log_level:info\nconfig/api/%s:" % n.lower()] + vp + ["\n"]


@c()
def etcdctl_get_prefix_output(r, k):
    n, vp = last(k)
    return ["$ etcdctl get --prefix /services/api/\n/services/api/replicas\n3\n/services/api/%s\n" % n.lower()] + vp + ["\n"]


@c()
def supervisorctl_environment_conf(r, k):
    out = ["[program:worker]\ncommand=/opt/worker/bin/run\nautorestart=true\nenvironment="]
    for i, (n, vp) in enumerate(k["pairs"]):
        out += [("," if i else "") + n + "=\""] + vp + ["\""]
    return out + ["\n"]


@c()
def caprover_captain_definition_env(r, k):
    return ["{\n  \"schemaVersion\": 2,\n  \"dockerfileLines\": [\n    \"FROM node:20-alpine\",\n"] + P(k, "\"ENV {n}={v}\",", indent="    ") + ["\n    \"CMD [\\\"node\\\", \\\"server.js\\\"]\"\n  ]\n}\n"]


@c()
def openapi_generator_config_yaml(r, k):
    n, vp = last(k)
    return ["generatorName: typescript-axios\noutputDir: ./src/generated\nadditionalProperties:\n  npmName: \"@contoso/client\"\n# used by scripts/fetch-spec.sh\nauth: \"" + ("" if True else "")] + vp + ["\"\n"]


@c()
def mkdocs_yml_plugin_config(r, k):
    n, vp = last(k)
    return ["site_name: Contoso Docs\ntheme:\n  name: material\nplugins:\n  - search\n  - contoso-analytics:\n      %s: " % n.lower()] + vp + ["\n"]


@c()
def hugo_config_toml_params(r, k):
    n, vp = last(k)
    return ["baseURL = \"https://docs.contoso.example/\"\nlanguageCode = \"en-us\"\ntitle = \"Contoso\"\n\n[params]\n  %s = \"" % n.lower()] + vp + ["\"\n"]


DROP = {"kubeconfig_user_token_field", "databricks_widget_output_html", "openapi_generator_config_yaml",
        "factorio_mod_settings_export", "mkdocs_yml_plugin_config", "hugo_config_toml_params",
        "caprover_captain_definition_env", "supervisorctl_environment_conf", "ksh_history_lines",
        "dagger_call_trace_output", "google_docs_comment_export", "basecamp_message_board_post",
        "flutter_flavorizr_yaml", "godot_export_presets_cfg", "wire_messenger_export_txt"}


def generate():
    rng = random.Random(SEED)
    kinds = list(KINDS)
    bearer_kinds = [f for f in kinds if f(random.Random(0))["bearer"]]
    use = {}
    recs = []
    for name, f, need_bearer, only in C:
        if name in DROP:
            continue
        pool = bearer_kinds if need_bearer else kinds
        if only:
            pool = [g for g in kinds if g.__name__ in only]
        chosen = []
        for _ in range(3):
            avail = [g for g in pool if g not in chosen] or pool
            m = min(use.get(g.__name__, 0) for g in avail)
            cands = [g for g in avail if use.get(g.__name__, 0) == m]
            g = rng.choice(cands)
            chosen.append(g)
            use[g.__name__] = use.get(g.__name__, 0) + 1
            k = g(rng)
            parts = f(rng, k)
            recs.append(dict(kind=name, parts=parts, source="everyday %s (%s) in %s" % (k["label"], k["type"], name.replace("_", " "))))
    return recs

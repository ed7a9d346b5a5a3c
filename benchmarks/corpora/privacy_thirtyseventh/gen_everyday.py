"""Everyday secrets in 40 CI / build / web-frontend containers, each beside public look-alikes."""
import random
from common import *

TYPES = {
    'anthropic_api_key': ('ANTHROPIC_API_KEY', lambda r: 'sk-ant-api03-' + b64u(r, 93) + 'AA'),
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', lambda r: b64(r, 40)),
    'database_password': ('DB_PASSWORD', lambda r: password(r)),
    'datadog_api_key': ('DD_API_KEY', lambda r: hexl(r, 32)),
    'dockerhub_personal_access_token': ('DOCKERHUB_TOKEN', lambda r: 'dckr_pat_' + b64u(r, 27)),
    'github_classic_pat': ('GH_TOKEN', lambda r: gh_token(r, 'ghp_')),
    'github_fine_grained_pat': ('GITHUB_PAT', lambda r: 'github_pat_11' + upal(r, 20) + '_' + b62(r, 59)),
    'gitlab_personal_access_token': ('GITLAB_TOKEN', lambda r: 'glpat-' + b64u(r, 20)),
    'google_gemini_api_key': ('GEMINI_API_KEY', lambda r: 'AIza' + b64u(r, 35)),
    'huggingface_access_token': ('HF_TOKEN', lambda r: 'hf_' + rs(r, UPP + LOW, 34)),
    'jwt_signing_secret': ('JWT_SECRET', lambda r: hexl(r, 64)),
    'mysql_url_password': ('MYSQL_URL', lambda r: password(r)),
    'npm_access_token': ('NPM_TOKEN', lambda r: gh_token(r, 'npm_')),
    'openai_project_api_key': ('OPENAI_API_KEY', lambda r: 'sk-proj-' + b64u(r, 74) + 'T3BlbkFJ' + b64u(r, 74)),
    'postgres_url_password': ('DATABASE_URL', lambda r: password(r)),
    'redis_url_password': ('REDIS_URL', lambda r: password(r)),
    'sendgrid_api_key': ('SENDGRID_API_KEY', lambda r: 'SG.' + b64u(r, 22) + '.' + b64u(r, 43)),
    'slack_bot_token': ('SLACK_BOT_TOKEN', lambda r: 'xoxb-' + digits(r, 12) + '-' + digits(r, 13) + '-' + b62(r, 24)),
    'smtp_password': ('SMTP_PASSWORD', lambda r: password(r)),
    'stripe_live_secret_key': ('STRIPE_SECRET_KEY', lambda r: 'sk_live_51' + b62(r, 97)),
    'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', lambda r: digits(r, 10) + ':AA' + b64u(r, 33)),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', lambda r: hexl(r, 32)),
}


def fragment(t, v, r):
    if t == 'postgres_url_password':
        f = 'postgres://ci_app:'; return f + v + '@pg.build.example:5432/app', len(f)
    if t == 'mysql_url_password':
        f = 'mysql://web:'; return f + v + '@mysql.build.example:3306/shop', len(f)
    if t == 'redis_url_password':
        f = 'redis://default:'; return f + v + '@cache.build.example:6379/0', len(f)
    return v, 0

M = MARK
# {K} var name; {SHA} commit; {S7} short sha; {UUID}; {DGST} 64-hex digest; {RUN} run number; {NONCE}; {ETAG}
KINDS = {
 'github_actions_step_debug_log': "2024-05-02T10:11:{RUN2}Z ##[debug]Evaluating condition for step: 'Publish'\n##[debug]GITHUB_SHA={SHA}\n##[debug]run_id={RUN}\n##[debug]{K}=" + M + "\n##[debug]cache-key=Linux-node-{DGST}",
 'gitlab_ci_job_trace_excerpt': "Running with gitlab-runner 16.10.0 (81ab6c1b)\nFetching changes with git depth set to 20...\nChecking out {S7} as detached HEAD (ref is main)...\n$ export {K}='" + M + "'\n$ echo \"pipeline {RUN} correlation {UUID}\"",
 'jenkins_console_text_dump': "Started by GitHub push by octo-dev\n[Pipeline] withEnv\n[Pipeline] sh\n+ git rev-parse HEAD\n{SHA}\n+ {K}=" + M + " ./gradlew publish --build-cache\nBuild scan: https://scans.gradle.example/s/{B62_13}",
 'circleci_step_output_env_print': "#!/bin/bash -eo pipefail\nprintenv | sort\nCIRCLE_BUILD_NUM={RUN}\nCIRCLE_SHA1={SHA}\nCIRCLE_WORKFLOW_ID={UUID}\n{K}=" + M,
 'buildkite_agent_log_env': "~~~ Preparing working directory\n$ git checkout -f {SHA}\n~~~ Running global environment hook\nBUILDKITE_BUILD_ID={UUID}\n{K}=" + M + "\n~~~ Running commands",
 'azure_pipelines_task_log': "2024-05-02T09:14:02.1184511Z ##[section]Starting: Deploy web\n2024-05-02T09:14:02.1190000Z Build.SourceVersion: {SHA}\n2024-05-02T09:14:02.1201933Z ##[command]set {K}=" + M + "\n2024-05-02T09:14:02.1210000Z System.JobId: {UUID}",
 'bitbucket_pipelines_yml_variables': "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy\n          caches: [node]\n          script:\n            - export {K}=" + M + "\n            - echo \"image digest sha256:{DGST}\"\n            - pipe: atlassian/aws-s3-deploy:1.1.0",
 'drone_ci_yaml_environment': "kind: pipeline\ntype: docker\nname: default\nsteps:\n- name: publish\n  image: node:20-alpine@sha256:{DGST}\n  environment:\n    {K}: " + M + "\n  commands:\n  - npm ci && npm run release",
 'woodpecker_pipeline_step_env': "steps:\n  release:\n    image: golang:1.22\n    environment:\n      - {K}=" + M + "\n      - BUILD_REF={S7}\n    commands:\n      - go build -ldflags \"-X main.commit={SHA}\"",
 'tekton_taskrun_status_params': "status:\n  podName: build-web-run-{LOW5}-pod\n  taskResults:\n    - name: IMAGE_DIGEST\n      value: sha256:{DGST}\nspec:\n  params:\n    - name: git-revision\n      value: {SHA}\n    - name: {K}\n      value: " + M,
 'argo_workflows_submit_parameters': "$ argo submit build.yaml -p revision={SHA} -p {K}=" + M + " --generate-name web-\nName:                web-{LOW5}\nUID:                 {UUID}",
 'spinnaker_pipeline_json_trigger': "{\"trigger\": {\"type\": \"docker\", \"tag\": \"{S7}\", \"digest\": \"sha256:{DGST}\"},\n \"parameters\": {\"{K}\": \"" + M + "\", \"correlationId\": \"{UUID}\"}}",
 'vercel_build_output_log': "Cloning github.com/acme/web (Branch: main, Commit: {S7})\nCloning completed: 612.483ms\nRestored build cache from previous deployment ({B62_22})\nRunning \"vercel build\"\nenv dump: {K}=" + M + "\nBuild Completed in /vercel/output [41s]",
 'netlify_deploy_summary_log': "10:42:07 AM: Build ready to start\n10:42:09 AM: build-image version: {SHA}\n10:42:11 AM: Using {K}=" + M + " from site settings\n10:42:58 AM: Site deploy was successfully initiated (deploy id {HEX24})",
 'webpack_define_plugin_bundle_snippet': "/*! build {S7} | chunk main.{HEX8}.js */\n\"use strict\";const cfg={buildId:\"{B62_21}\",release:\"{SHA}\",{K}:\"" + M + "\"};",
 'vite_env_production_local': "# .env.production.local — do not commit\nVITE_BUILD_ID={B62_21}\nVITE_RELEASE_SHA={SHA}\n{K}=" + M + "\nVITE_SENTRY_RELEASE=web@{S7}",
 'nextjs_next_config_js_env': "module.exports = {\n  generateBuildId: async () => '{B62_21}',\n  env: {\n    GIT_SHA: '{SHA}',\n    {K}: '" + M + "',\n  },\n};",
 'sourcemap_sourcescontent_excerpt': "{\"version\":3,\"file\":\"app.{HEX8}.js\",\"debugId\":\"{UUID}\",\"sourcesContent\":[\"export const {K} = '" + M + "';\\nexport const BUILD = '{S7}';\"]}",
 'storybook_preview_head_script': "<!-- .storybook/preview-head.html -->\n<script nonce=\"{NONCE}\">\n  window.__BUILD__ = \"{SHA}\";\n  window.{K} = \"" + M + "\";\n</script>",
 'cypress_env_json_file': "{\n  \"baseUrl\": \"https://staging.web.example\",\n  \"runId\": \"{UUID}\",\n  \"{K}\": \"" + M + "\",\n  \"commit\": \"{SHA}\"\n}",
 'playwright_config_ts_extra_headers': "export default defineConfig({\n  use: {\n    baseURL: 'https://preview-{S7}.web.example',\n    extraHTTPHeaders: { 'x-build-id': '{B62_21}', '{K}': '" + M + "' },\n  },\n});",
 'jest_snapshot_file_entry': "// Jest Snapshot v1, https://goo.gl/fbAQLP\n\nexports[`config loader reads env 1`] = `\n{\n  \"buildHash\": \"{DGST}\",\n  \"{K}\": \"" + M + "\",\n  \"traceId\": \"{HEX32}\",\n}\n`;",
 'lighthouse_ci_rc_json': "{\n  \"ci\": {\n    \"upload\": {\"target\": \"lhci\", \"serverBaseUrl\": \"https://lhci.web.example\", \"token\": \"{UUID}\"},\n    \"assert\": {\"preset\": \"lighthouse:recommended\"},\n    \"collect\": {\"settings\": {\"extraHeaders\": \"{\\\"{K}\\\": \\\"" + M + "\\\"}\"}}\n  }\n}",
 'renovate_config_host_rules': "{\n  \"extends\": [\"config:recommended\"],\n  \"hostRules\": [{\"matchHost\": \"registry.build.example\", \"token\": \"" + M + "\"}],\n  \"$comment\": \"{K} pinned at {SHA}\"\n}",
 'dependabot_yml_registries_block': "version: 2\nregistries:\n  private-registry:\n    type: npm-registry\n    url: https://registry.build.example\n    # {K} (rotated after {S7})\n    token: " + M + "\nupdates:\n  - package-ecosystem: npm\n    directory: /",
 'gradle_user_home_properties': "# ~/.gradle/gradle.properties\norg.gradle.caching=true\nsystemProp.build.scan.id={B62_13}\nrelease.commit={SHA}\n{K}=" + M,
 'maven_settings_xml_server_block': "<settings>\n  <servers>\n    <server>\n      <id>build-{S7}</id>\n      <username>ci-bot</username>\n      <password>" + M + "</password>\n    </server>\n  </servers>\n  <!-- {K}; checksum {DGST} -->\n</settings>",
 'sbt_credentials_file': "realm=Artifactory Realm\nhost=repo.build.example\nuser=ci-bot\npassword=" + M + "\n# {K} / build {UUID}",
 'cargo_config_toml_registry': "[registries.internal]\nindex = \"sparse+https://crates.build.example/index/\"\ntoken = \"" + M + "\"\n# {K}  Cargo.lock checksum = \"{DGST}\"",
 'pip_conf_index_url': "[global]\nindex-url = https://pypi.build.example/simple\n# {K}\nextra-index-url-token = " + M + "\n# wheel sha256={DGST}",
 'composer_auth_json': "{\n  \"bearer\": {\"repo.build.example\": \"" + M + "\"},\n  \"_comment\": \"{K}\",\n  \"content-hash\": \"{HEX32}\"\n}",
 'bazelrc_action_env_line': "build --remote_cache=grpcs://cache.build.example\nbuild --workspace_status_command=tools/status.sh # {SHA}\nbuild --action_env={K}=" + M + "\nbuild --invocation_id={UUID}",
 'earthfile_arg_line': "VERSION 0.8\nFROM node:20@sha256:{DGST}\nbuild:\n    ARG {K}=" + M + "\n    ARG GIT_SHA={SHA}\n    RUN npm ci",
 'dockerfile_build_arg_default': "# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim@sha256:{DGST}\nARG {K}=" + M + "\nLABEL org.opencontainers.image.revision=\"{SHA}\"",
 'buildx_bake_hcl_variable': "variable \"{K}\" {\n  default = \"" + M + "\"\n}\nvariable \"GIT_SHA\" {\n  default = \"{SHA}\"\n}\ntarget \"web\" { tags = [\"reg.build.example/web:{S7}\"] }",
 'packer_pkrvars_hcl': "# build.auto.pkrvars.hcl\nsource_ami_id = \"ami-{HEX17}\"\n{KL} = \"" + M + "\"\nbuild_uuid = \"{UUID}\"",
 'skaffold_yaml_build_args': "apiVersion: skaffold/v4beta9\nkind: Config\nbuild:\n  tagPolicy:\n    gitCommit: {}\n  artifacts:\n    - image: web\n      docker:\n        buildArgs:\n          {K}: " + M + "\n          CACHE_BUST: \"{HEX32}\"",
 'goreleaser_yaml_env': "project_name: cli\nenv:\n  - {K}=" + M + "\n  - CGO_ENABLED=0\nchecksum:\n  name_template: 'checksums.txt'  # last: {DGST}",
 'fastlane_dotenv_default': "# fastlane/.env.default\nFL_BUILD_NUMBER={RUN}\nFL_COMMIT={SHA}\n{K}=" + M + "\nMATCH_GIT_BRANCH=certs-{S7}",
 'semantic_release_log_output': "[10:02:13 AM] [semantic-release] › ℹ  Found git tag v4.12.0 associated with version 4.12.0 on branch main\n[10:02:13 AM] [semantic-release] › ℹ  Found 3 commits since last release ({S7}..{SHA})\n[10:02:14 AM] [@semantic-release/npm] › ℹ  Verify authentication with {K}=" + M + "\n[10:02:16 AM] [semantic-release] › ✔  Published release 4.13.0 (integrity sha512-{B64_86}==)",
}


def fields(r, var):
    return dict(K=var, KL=var.lower(), SHA=hexl(r, 40), S7=hexl(r, 7), UUID=uuid4(r), DGST=hexl(r, 64),
                RUN=str(r.randint(1000, 99999)), RUN2='%02d' % r.randint(0, 59), NONCE=b64(r, 22) + '==',
                B62_13=lowal(r, 13), B62_21=b62(r, 21), B62_22=b62(r, 22), HEX24=hexl(r, 24), HEX8=hexl(r, 8),
                HEX32=hexl(r, 32), HEX17=hexl(r, 17), LOW5=rs(r, LOW, 5), B64_86=b64(r, 86))


def generate():
    r = random.Random(37001)
    recs = []
    used = {t: 0 for t in TYPES}
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in TYPES if t not in chosen], key=lambda t: (used[t], r.random()))
            t = cands[0]; chosen.append(t); used[t] += 1
            var, gen = TYPES[t]
            v = gen(r)
            frag, off = fragment(t, v, r)
            text, start = place(KINDS[kind], frag, off, v, **fields(r, var))
            recs.append(dict(type=t, container=kind, text=text,
                             secrets=[dict(value=v, start=start, end=start + len(v), type=t)], source='everyday'))
    return recs

"""Everyday: 45 container kinds x 4 records, 16 span types."""
import random
from common import *

TYPES = {
 "crates_io_publish_token": ("CARGO_REGISTRY_TOKEN", lambda r: "cio" + s(r, AL, 32)),
 "hex_pm_user_api_key": ("HEX_API_KEY", lambda r: hexs(r, 32)),
 "pause_cpan_upload_password": ("PAUSE_PASSWORD", owner_pw),
 "cocoapods_trunk_session_token": ("COCOAPODS_TRUNK_TOKEN", lambda r: hexs(r, 32)),
 "nuget_org_push_api_key": ("NUGET_API_KEY", lambda r: "oy2" + s(r, LOWAL, 43)),
 "sonatype_user_token_passcode": ("OSSRH_TOKEN_PASSWORD", lambda r: s(r, AL + "+/", 44)),
 "rubygems_org_push_api_key": ("GEM_HOST_API_KEY", lambda r: "rubygems_" + hexs(r, 48)),
 "jfrog_artifactory_identity_token": ("ARTIFACTORY_ACCESS_TOKEN", lambda r: "cmVmdGtuOjAxOj" + s(r, AL, 50)),
 "nexus_deployer_account_password": ("NEXUS_DEPLOY_PASSWORD", owner_pw),
 "release_signing_key_passphrase": ("SIGNING_KEY_PASSPHRASE", owner_pw),
 "verdaccio_publish_bearer_token": ("VERDACCIO_TOKEN", lambda r: b64(r, 24, url=True, pad=False) + "." + b64(r, 18, url=True, pad=False)),
 "gitea_package_registry_token": ("GITEA_PACKAGES_TOKEN", lambda r: hexs(r, 40)),
 "conan_remote_login_password": ("CONAN_PASSWORD", owner_pw),
 "vcpkg_binary_cache_sas_signature": ("VCPKG_CACHE_SAS_SIG", lambda r: b64(r, 32)),
 "release_bot_github_classic_token": ("RELEASE_BOT_TOKEN", lambda r: ghp(r)),
 "npm_granular_publish_token": ("NPM_PUBLISH_TOKEN", lambda r: ghp(r, "npm_")),
}

# {K} key name, {V} value, {user} {host} {pkg} {ver}
KINDS = {
 "cargo_home_credentials_toml": '# ~/.cargo/credentials.toml\n[registry]\ntoken = "{V}"\n\n[registries.{user}-mirror]\n# {K}\n',
 "cargo_config_registry_env_table": '# .cargo/config.toml\n[registries.releng]\nindex = "sparse+https://{host}/cargo/index/"\n\n[env]\n{K} = "{V}"\n',
 "hex_config_erlang_terms": '%% ~/.hex/hex.config\n{{username, <<"{user}">>}}.\n{{\'{K}\', <<"{V}">>}}.\n',
 "rebar3_hex_config_file": '%% ~/.config/rebar3/hex.config\n#{{<<"hexpm">> => #{{username => <<"{user}">>, repo_key => <<"{V}">>}}}}.\n%% note: {K}\n',
 "dzil_config_ini_pause_section": '; ~/.dzil/config.ini\n[%User]\nname  = {user}\n\n[%PAUSE]\nusername = {user}\n; {K}\npassword = {V}\n',
 "pause_upload_rc_file": '# ~/.pause (used by cpan-upload)\nuser {user}\n# {K}\npassword {V}\n',
 "nuget_config_source_credentials_xml": '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <releng>\n      <add key="Username" value="{user}" />\n      <add key="ClearTextPassword" value="{V}" /><!-- {K} -->\n    </releng>\n  </packageSourceCredentials>\n</configuration>\n',
 "dotnet_pack_push_ps1_script": '$ErrorActionPreference = "Stop"\ndotnet pack -c Release\n$env:{K} = "{V}"\ndotnet nuget push "bin/Release/{pkg}.{ver}.nupkg" --source https://{host}/nuget/v3/index.json\n',
 "maven_settings_server_block": '<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>{user}</username>\n      <!-- {K} -->\n      <password>{V}</password>\n    </server>\n  </servers>\n</settings>\n',
 "gradle_user_home_properties": '# ~/.gradle/gradle.properties\nsigning.keyId=0x{user}\n{K}={V}\norg.gradle.parallel=true\n',
 "sbt_sonatype_credentials_file": '# ~/.sbt/sonatype_credentials\nrealm=Sonatype Nexus Repository Manager\nhost={host}\nuser={user}\n# {K}\npassword={V}\n',
 "jreleaser_env_properties": '# ~/.jreleaser/config.properties\nJRELEASER_PROJECT_VERSION={ver}\n{K}={V}\n',
 "gem_credentials_yaml_file": '---\n# ~/.gem/credentials ({K})\n:rubygems_api_key: {V}\n:{user}_mirror: placeholder-removed\n',
 "bundle_config_mirror_yaml": '---\nBUNDLE_PATH: "vendor/bundle"\n# {K}\nBUNDLE_{host_up}: "{user}:{V}"\n',
 "conan_credentials_json_file": '{{\n  "credentials": [\n    {{"remote": "releng", "user": "{user}", "password": "{V}"}}\n  ],\n  "_comment": "{K}"\n}}\n',
 "conan_ci_login_shell_step": '#!/bin/sh\nset -eu\nexport {K}="{V}"\nconan remote login releng {user} -p "${K}"\nconan upload "{pkg}/{ver}" -r releng --confirm\n',
 "vcpkg_binary_sources_env_line": 'set VCPKG_BINARY_SOURCES=clear;x-azblob,https://{user}cache.blob.core.windows.net/vcpkg,{V},readwrite\nrem {K}\n',
 "jfrog_cli_server_config_json": '{{\n  "servers": [{{\n    "serverId": "releng",\n    "url": "https://{host}/",\n    "user": "{user}",\n    "accessToken": "{V}"\n  }}],\n  "version": "6"\n}}\n// {K}\n',
 "nexus_raw_upload_curl_script": '#!/usr/bin/env bash\n{K}="{V}"\ncurl -fsS -u "{user}:${K}" --upload-file dist/{pkg}-{ver}.tar.gz https://{host}/repository/raw-releases/\n',
 "verdaccio_uplink_auth_yaml": 'uplinks:\n  releng:\n    url: https://{host}/npm/\n    auth:\n      type: bearer\n      token: "{V}"  # {K}\n',
 "yarnrc_yml_scope_auth": 'npmScopes:\n  {user}:\n    npmRegistryServer: "https://{host}/npm/"\n    npmAlwaysAuth: true\n    npmAuthToken: "{V}"  # {K}\n',
 "gitea_actions_publish_step_yaml": '      - name: publish to gitea packages\n        env:\n          {K}: "{V}"\n        run: curl -fsS --user {user}:${{{{ env.{K} }}}} --upload-file {pkg}.tgz https://{host}/api/packages/{user}/generic/{pkg}/{ver}/{pkg}.tgz\n',
 "forgejo_release_workflow_yaml": 'on:\n  push:\n    tags: ["v*"]\njobs:\n  release:\n    runs-on: docker\n    env:\n      {K}: {V}\n    steps:\n      - run: ./scripts/release.sh {ver}\n',
 "github_release_workflow_env_block": 'name: release\non:\n  release:\n    types: [published]\nenv:\n  # TODO move to repository secrets\n  {K}: "{V}"\njobs:\n  publish:\n    runs-on: ubuntu-latest\n',
 "gitlab_release_job_variables": 'publish:\n  stage: release\n  variables:\n    {K}: "{V}"\n  script:\n    - make publish VERSION={ver}\n  rules:\n    - if: $CI_COMMIT_TAG\n',
 "goreleaser_env_list_yaml": 'version: 2\nenv:\n  - {K}={V}\nbuilds:\n  - main: ./cmd/{pkg}\n',
 "release_sh_maintainer_script": '#!/usr/bin/env bash\n# release.sh {ver} -- run from a clean checkout\nset -euo pipefail\nexport {K}=\'{V}\'\ngit tag -s "v{ver}" -m "{pkg} {ver}"\n',
 "makefile_publish_target_block": 'VERSION ?= {ver}\n{K} := {V}\n\npublish: dist\n\t@echo "publishing {pkg} $(VERSION)"\n',
 "justfile_release_recipe_block": 'set export\n{K} := "{V}"\n\nrelease version:\n    cargo release {{{{version}}}} --execute\n',
 "rakefile_release_task_block": 'require "bundler/gem_tasks"\nENV["{K}"] ||= "{V}"\n\ntask release: [:build] do\n  sh "gem push pkg/{pkg}-{ver}.gem"\nend\n',
 "mix_release_alias_exs": 'defp aliases do\n  [\n    publish: [fn _ -> System.put_env("{K}", "{V}") end, "hex.publish --yes"]\n  ]\nend\n',
 "fastlane_fastfile_lane_block": 'lane :pod_release do\n  ENV["{K}"] = "{V}"\n  pod_push(path: "{pkg}.podspec", allow_warnings: true)\nend\n',
 "jenkinsfile_publish_stage_block": "stage('Publish') {{\n  environment {{\n    {K} = '{V}'\n  }}\n  steps {{\n    sh './gradlew publish -Pversion={ver}'\n  }}\n}}\n",
 "azure_pipelines_variables_yaml": 'variables:\n  buildConfiguration: Release\n  {K}: "{V}"\nsteps:\n  - script: dotnet pack -c $(buildConfiguration)\n',
 "circleci_publish_job_environment": 'jobs:\n  publish:\n    docker:\n      - image: cimg/base:stable\n    environment:\n      {K}: "{V}"\n    steps:\n      - checkout\n',
 "travis_deploy_section_yaml": 'deploy:\n  provider: script\n  script: ./scripts/publish.sh\n  on:\n    tags: true\nenv:\n  global:\n    - {K}={V}\n',
 "obs_oscrc_api_section": '[general]\napiurl = https://api.{host}\n\n[https://api.{host}]\nuser = {user}\n# {K}\npass = {V}\n',
 "copr_cli_config_ini": '[copr-cli]\nlogin = {user}\nusername = {user}\n# {K}\ntoken = {V}\ncopr_url = https://{host}\n',
 "terraformrc_credentials_block": 'credentials "{host}" {{\n  # {K}\n  token = "{V}"\n}}\n',
 "helm_repositories_yaml_entry": 'repositories:\n- name: releng\n  url: https://{host}/helm/\n  username: {user}\n  password: "{V}"  # {K}\n',
 "poetry_auth_toml_http_basic": '# ~/.config/pypoetry/auth.toml\n[http-basic.releng]\nusername = "{user}"\npassword = "{V}"\n# {K}\n',
 "cosign_signing_env_file": 'COSIGN_YES=true\nCOSIGN_EXPERIMENTAL=0\n{K}={V}\n',
 "maintainers_zulip_channel_paste": '{user} 14:02\nok pushing {pkg} {ver} now, cut-and-paste from my shell so you can retry if I drop:\n  export {K}={V}\n{user} 14:03\noops, rotating after the release\n',
 "crate_issue_tracker_comment_md": 'Still failing for me on {ver}. Full env from the runner:\n\n```\nRUST_BACKTRACE=1\n{K}={V}\n```\n\n(edit: will rotate this)\n',
 "publish_job_console_log_excerpt": '[publish] 12:41:07 resolving registry https://{host}\n[publish] 12:41:07 env {K}={V}\n[publish] 12:41:09 uploaded {pkg}-{ver} (84213 bytes)\n',
}


def build(ids):
    r = random.Random(8901)
    out = []
    types = sorted(TYPES)
    used = {t: 0 for t in types}
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in types if t not in chosen), key=lambda t: (used[t], r.random()))
            chosen.append(cands[0])
            used[cands[0]] += 1
        for t in chosen:
            key, gen = TYPES[t]
            v = gen(r)
            kw = pick(r)
            kw["K"] = key
            kw["host_up"] = kw["host"].upper().replace(".", "__")
            text, a, b = fill(KINDS[kind], v, **kw)
            out.append(rec(ids(), t, kind, text, a, b, "everyday"))
    return out

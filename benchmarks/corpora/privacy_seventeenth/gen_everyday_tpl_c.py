"""Everyday containers, part C: key files, AI / editor tool configs, package-manager auth, chat exports."""
T = [
('ansible_inventory_ini_host_key', ['rsa'], '''\
$ cat group_vars/legacy/ssh_key.pem
«S»
$ ansible -i inventory.ini legacy -m ping --private-key group_vars/legacy/ssh_key.pem
«host» | SUCCESS => {"changed": false, "ping": "pong"}
'''),
('gitea_actions_runner_secret_dump', ['rsa', 'ossh'], '''\
::group::Run cat <<< "${DEPLOY_KEY}" > ~/.ssh/id_deploy
cat <<< "${DEPLOY_KEY}" > ~/.ssh/id_deploy; chmod 600 ~/.ssh/id_deploy; cat ~/.ssh/id_deploy
shell: bash -e {0}
::endgroup::
«S»
::group::Run rsync -az ./dist/ deploy@«host»:/srv/«app»/
'''),
('vscode_remote_ssh_key_paste', ['ossh'], '''\
# pasted into #infra by mistake, from ~/.ssh/«app»_ci (used by the Remote-SSH config below)
Host «app»-bastion
    HostName «pubip»
    User ubuntu
    IdentityFile ~/.ssh/«app»_ci

«S»
'''),
('terraform_tls_private_key_state_attr', ['rsa'], '''\
# terraform state show tls_private_key.bastion
resource "tls_private_key" "bastion" {
    algorithm                     = "RSA"
    ecdsa_curve                   = "P224"
    id                            = "«sha»"
    private_key_pem               = (sensitive value)
    public_key_fingerprint_md5    = "«hex8»«hex8»"
    rsa_bits                      = 2048
}
# ...but the debug output from `terraform console` printed it:
> nonsensitive(tls_private_key.bastion.private_key_pem)
<<EOT
«S»
EOT
'''),
('aider_conf_yml', 'T', '''\
# ~/.aider.conf.yml
model: sonnet
openai-api-key: «S»
auto-commits: false
dark-mode: true
read: [CONVENTIONS.md]
'''),
('continue_config_json_models', 'T', '''\
{
  "models": [
    {"title": "GPT-4o", "provider": "openai", "model": "gpt-4o", "apiKey": "«S»"},
    {"title": "Local", "provider": "ollama", "model": "qwen2.5-coder:7b"}
  ],
  "tabAutocompleteModel": {"title": "Local", "provider": "ollama", "model": "qwen2.5-coder:1.5b"},
  "allowAnonymousTelemetry": false
}
'''),
('zed_settings_json_language_models', 'T', '''\
// ~/.config/zed/settings.json
{
  "theme": "One Dark",
  "buffer_font_size": 14,
  "language_models": {
    "openai": {
      "api_url": "https://api.«domain»/v1",
      "api_key": "«S»"
    }
  },
  "telemetry": { "metrics": false }
}
'''),
('emacs_gptel_config_el', 'T', '''\
(use-package gptel
  :ensure t
  :config
  (setq gptel-model 'gpt-4o-mini
        gptel-api-key "«S»"
        gptel-default-mode 'org-mode))
'''),
('neovim_lua_plugin_opts', 'T', '''\
return {
  "olimorris/codecompanion.nvim",
  dependencies = { "nvim-lua/plenary.nvim", "nvim-treesitter/nvim-treesitter" },
  opts = {
    adapters = {
      openai = function()
        return require("codecompanion.adapters").extend("openai", {
          env = { api_key = "«S»" },
        })
      end,
    },
  },
}
'''),
('pip_conf_index_url_userinfo', ['glpat', 'ghp', 'npm'], '''\
[global]
timeout = 60
index-url = https://__token__:«S»@gitlab.«domain»/api/v4/projects/«int»/packages/pypi/simple
extra-index-url = https://pypi.org/simple
'''),
('poetry_auth_toml', 'T', '''\
# ~/.config/pypoetry/auth.toml
[http-basic.«org»]
username = "__token__"
password = "«S»"
'''),
('sbt_credentials_file', ['nexuspw', 'glpat'], '''\
realm=Sonatype Nexus Repository Manager
host=nexus.«domain»
user=deployer
password=«S»
'''),
('goproxy_env_url_credentials', ['glpat', 'ghp'], '''\
$ go env | grep -E 'GOPROXY|GOPRIVATE|GONOSUMDB'
GONOSUMDB='gitlab.«domain»/*'
GOPRIVATE='gitlab.«domain»/*'
GOPROXY='https://goproxy:«S»@athens.«domain»,https://proxy.golang.org,direct'
'''),
('vcpkg_binary_sources_env', ['glpat', 'ghp'], '''\
set VCPKG_BINARY_SOURCES=clear;nuget,https://nuget.pkg.github.com/«org»/index.json,readwrite
set VCPKG_NUGET_APIKEY=«S»
vcpkg install --triplet x64-windows
'''),
('dotnet_nuget_add_source_cli', ['ghp', 'glpat'], '''\
PS> dotnet nuget add source https://nuget.pkg.github.com/«org»/index.json --name github --username «user» --password «S» --store-password-in-clear-text
Package source with Name: github added successfully.
'''),
('zulip_message_json', 'TUP', '''\
{"id": «int», "sender_full_name": "«person»", "sender_email": "«email»", "timestamp": «epoch», "stream_id": 12, "subject": "prod deploy", "content": "here's the value for the new env var, set it before 5pm:\\n```\\n«ENV»=«S»\\n```\\nI'll rotate it after the migration", "content_type": "text/x-markdown"}
'''),
('matrix_room_event_json', 'TP', '''\
{"type": "m.room.message", "sender": "@«user»:matrix.«domain»", "origin_server_ts": «epoch»512, "event_id": "$«hex12»«hex12»", "room_id": "!«hex12»:matrix.«domain»", "content": {"msgtype": "m.text", "body": "ok found it, the staging one is «S» — don't paste it in the public room pls"}}
'''),
('google_chat_takeout_messages_json', 'TUP', '''\
{
  "messages": [
    {"creator": {"name": "«person»", "email": "«email»", "user_type": "Human"}, "created_date": "Tuesday, 11 June «year» at 09:14:02 UTC", "text": "can someone give me the «app» creds for the demo?", "topic_id": "«hex8»"},
    {"creator": {"name": "«person2»", "email": "«email2»", "user_type": "Human"}, "created_date": "Tuesday, 11 June «year» at 09:16:40 UTC", "text": "«ENV»=«S»  (demo only, expires friday)", "topic_id": "«hex8»"}
  ]
}
'''),
('irccloud_export_log_line', 'TP', '''\
[«date» «time»] <«user»> anyone know why the nightly is red?
[«date» «time»] <«user2»> token expired, new one: «S»
[«date» «time»] <«user»> thx, updating the CI var now
'''),
('skype_export_messages_json', 'TUP', '''\
{"conversations": [{"id": "19:«hex12»@thread.skype", "displayName": "ops-oncall", "MessageList": [
  {"id": "«epoch»001", "originalarrivaltime": "«ts»", "messagetype": "RichText", "from": "8:live:«user»", "content": "for the vendor call: «S»"}
]}]}
'''),
('hg_commit_message_diff', 'TBUP', '''\
changeset:   «int»:«hex12»
user:        «person» <«email»>
date:        Tue Jun 11 10:22:31 «year» +0200
summary:     wire up «app» client

diff -r «hex12» -r «hex12» settings.ini
--- a/settings.ini
+++ b/settings.ini
@@ -4,3 +4,4 @@
 [«app»]
 endpoint = https://api.«domain»
+credential = «S»
 timeout = 30
'''),
('svn_diff_property_change', 'TBUP', '''\
Index: config/prod.properties
===================================================================
--- config/prod.properties	(revision «int»)
+++ config/prod.properties	(working copy)
@@ -12,6 +12,7 @@
 app.name=«app»
 app.region=«region»
+app.«app».secret=«S»
 app.timeout.ms=5000
'''),
]

import random
from common111 import *
TYPES=[ # type, ENV, lower, shape
('sc_forum_discourse_admin_api_key','DISCOURSE_ADMIN_API_KEY','discourse_admin_api_key','H:64'),
('sc_fedi_mastodon_app_access_token','MASTODON_APP_ACCESS_TOKEN','mastodon_app_access_token','U:43'),
('sc_lemmy_instance_admin_password','LEMMY_INSTANCE_ADMIN_PASSWORD','lemmy_instance_admin_password','PW'),
('sc_modclf_scoring_api_key','MODCLF_SCORING_API_KEY','modclf_scoring_api_key','L:mc_ A:40'),
('sc_hashshare_consortium_api_token','HASHSHARE_CONSORTIUM_TOKEN','hashshare_consortium_token','H:48'),
('sc_chat_presence_redis_password','CHAT_PRESENCE_REDIS_PASSWORD','chat_presence_redis_password','PW'),
('sc_push_relay_server_key','PUSH_RELAY_SERVER_KEY','push_relay_server_key','B64R:33'),
('sc_dating_profiles_db_password','DATING_PROFILES_DB_PASSWORD','dating_profiles_db_password','PW'),
('sc_abuse_report_webhook_secret','ABUSE_REPORT_WEBHOOK_SECRET','abuse_report_webhook_secret','U:48'),
('sc_appeals_mail_relay_password','APPEALS_MAIL_RELAY_PASSWORD','appeals_mail_relay_password','PW'),
('sc_creator_payout_ledger_secret','CREATOR_PAYOUT_LEDGER_SECRET','creator_payout_ledger_secret','A:56'),
('sc_matrix_appservice_hs_token','MATRIX_APPSERVICE_HS_TOKEN','matrix_appservice_hs_token','A:64'),
('sc_media_cdn_url_signing_key','MEDIA_CDN_URL_SIGNING_KEY','media_cdn_url_signing_key','H:32'),
('sc_geo_match_service_jwt','GEO_MATCH_SERVICE_JWT','geo_match_service_jwt','JWT:https://geo.example.net'),
('sc_forum_backup_sftp_password','FORUM_BACKUP_SFTP_PASSWORD','forum_backup_sftp_password','PW'),
('sc_xmpp_component_shared_secret','XMPP_COMPONENT_SHARED_SECRET','xmpp_component_shared_secret','PW'),
]
KINDS=[
('discourse_app_yml_env_block','templates:\n  - "templates/postgres.template.yml"\nenv:\n  LANG: en_US.UTF-8\n  DISCOURSE_HOSTNAME: forum.example.org\n  {E}: "{V}"\n'),
('mastodon_env_production_line','LOCAL_DOMAIN=social.example.net\nSINGLE_USER_MODE=false\n{E}={V}\nS3_ENABLED=true\n'),
('lemmy_hjson_config_block','{\n  hostname: "lemmy.example.org"\n  bind: "0.0.0.0"\n  {L}: "{V}"\n}\n'),
('pleroma_prod_secret_exs','import Config\n\nconfig :pleroma, Pleroma.Web.Endpoint,\n  url: [host: "relay.example.org"]\n\nconfig :pleroma, :ops, {L}: "{V}"\n'),
('misskey_default_yml_block','url: https://mk.example.net/\nport: 3000\nid: aidx\n{L}: {V}\n'),
('synapse_homeserver_yaml_block','server_name: "chat.example.com"\nreport_stats: false\n{L}: "{V}"\nenable_registration: false\n'),
('mod_queue_sidekiq_yml',':concurrency: 10\n:queues:\n  - [mod_reports, 5]\n  - [appeals, 2]\n:{L}: {V}\n'),
('trust_safety_airtable_script_const',"// Airtable automation: push escalations to review\nconst base = 'appTS';\nconst {E} = '{V}';\nawait sendBatch(base, {E});\n"),
('classifier_batch_jupyter_cell','In [4]: import os\n   ...: os.environ["{E}"] = "{V}"\n   ...: scores = score_batch(reports[:500])\n'),
('hash_match_cron_shell_export',"#!/bin/sh\n# nightly hash-list sync\nexport {E}='{V}'\n/opt/hashsync/bin/pull --since 24h\n"),
('chat_firebase_functions_config_set','$ firebase functions:config:set chat.{L}="{V}"\n✔  Functions config updated.\n'),
('dating_app_ios_xcconfig','// Release.xcconfig\nAPI_HOST = api.example.com\n{E} = {V}\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n'),
('dating_app_android_local_properties','sdk.dir=/Users/dev/Library/Android/sdk\n{L}={V}\n'),
('push_gateway_gorush_yaml','core:\n  port: "8088"\n  mode: "release"\nios:\n  enabled: true\n  {L}: "{V}"\n'),
('appeals_django_settings_py','ALLOWED_HOSTS = ["appeals.example.com"]\nAPPEALS_QUEUE = "tier2"\n{E} = "{V}"\n'),
('payouts_rails_credentials_show_output','$ bin/rails credentials:show\npayouts:\n  region: eu\n  {L}: {V}\n'),
('forum_plugin_rspec_failure_output','Failures:\n\n  1) ReviewableFlag syncs\n     Failure/Error: expect(client.auth).to eq(nil)\n       got: "{V}"\n     # ./plugins/mod-sync/spec/sync_spec.rb:41\n'),
('community_modmail_discord_paste','[21:14] rosa-admin: ok the bot needs {L} = {V}\n[21:15] kwame.ts: got it, deleting this msg after\n'),
('trust_safety_zendesk_internal_note','Internal note (tier 2):\nRepro needs the staging {L}. Using {V} from the vault export, please rotate after the call.\n'),
('lemmy_docker_compose_environment','services:\n  lemmy:\n    image: dessalines/lemmy:0.19\n    environment:\n      - {E}={V}\n      - RUST_LOG=warn\n'),
('fedi_relay_systemd_environment_line','[Service]\nEnvironment="RELAY_DOMAIN=relay.example.org"\nEnvironment="{E}={V}"\nExecStart=/usr/local/bin/activity-relay server\n'),
('mastodon_k8s_configmap_data','apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mastodon-env\ndata:\n  {E}: "{V}"\n'),
('ejabberd_yml_define_macro','define_macro:\n  HOST: "xmpp.example.com"\n  {E}: "{V}"\nhosts:\n  - HOST\n'),
('prosody_cfg_lua_assignment','VirtualHost "chat.example.com"\n    {L} = "{V}";\n    modules_enabled = { "mam" }\n'),
('matrix_bridge_registration_yaml','id: telegram-bridge\nurl: http://bridge:29317\n{L}: {V}\nsender_localpart: tgbot\n'),
('moderation_retool_resource_json','{"resourceName": "mod_api", "type": "restapi", "options": {"baseURL": "https://mod.example.org/v2", "headers": [["X-{E}", "{V}"]]}}\n'),
('report_triage_notion_export_md','## Triage setup\n\n- queue: `abuse-high`\n- {L}: {V}\n- owner: @ines.trust\n'),
('abuse_desk_freshdesk_reply','Hi team,\n\nThe intake connector keeps failing. Config we used:\n  {L} -> {V}\nCan you check on your side?\n\nThanks, Jonas\n'),
('creator_payout_terraform_tfvars','region      = "eu-west-1"\nenvironment = "prod"\n{L} = "{V}"\n'),
('payout_reconciler_go_test_fixture','package recon\n\nconst (\n\ttestRegion = "eu"\n\t{L} = "{V}"\n)\n'),
('match_service_settings_toml','[service]\nname = "match-ranker"\n\n[secrets]\n{L} = "{V}"\n'),
('chat_media_celery_config_py','broker_url = "redis://localhost:6379/2"\ntask_routes = {"media.*": {"queue": "media"}}\n{E} = "{V}"\n'),
('push_service_serverless_yml_environment','service: push-fanout\nprovider:\n  name: aws\n  environment:\n    {E}: {V}\n'),
('community_app_react_native_dotenv','API_URL=https://api.example.com\n{E}={V}\nSENTRY_ENV=production\n'),
('forum_ops_pagerduty_incident_note','Incident #4471 (forum 502s)\n14:02 restarted unicorn\n14:06 re-set {L} to {V} on web-2 (it had the old one)\n14:09 recovered\n'),
('moderation_ml_mlflow_params_log','INFO mlflow.tracking: params logged: {\'threshold\': 0.82, \'{L}\': \'{V}\', \'model\': \'tox-v5\'}\n'),
('content_hash_worker_rust_main_rs','use hashsync::Client;\n\nconst {E}: &str = "{V}";\n\nfn main() {\n    Client::new({E}).run();\n}\n'),
('appeals_portal_php_env_array',"<?php\nreturn [\n    'queue' => 'appeals',\n    '{L}' => '{V}',\n];\n"),
('trust_safety_linear_issue_comment','**Repro for TS-812**\nHit `/v2/review` with `{L}={V}` from staging and it returns 500.\n'),
('community_telegram_bot_debug_log','2024-05-11 09:12:44 DEBUG bot.startup: loaded {L}={V} from env\n2024-05-11 09:12:45 INFO bot.poll: started\n'),
('creator_studio_vercel_env_pull','# Created by Vercel CLI\nNEXT_PUBLIC_SITE=studio.example.com\n{E}="{V}"\n'),
('chat_backend_hocon_application_conf','chat {\n  http.port = 9000\n  {L} = "{V}"\n}\n'),
('fediverse_bot_crontab_line','# m h dom mon dow command\n*/15 * * * * {E}={V} /usr/local/bin/fedibot post-digest\n'),
('mod_tools_powershell_profile_ps1','# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\src\\modtools\n$env:{E} = "{V}"\n'),
('dating_app_info_plist_xml','<dict>\n  <key>ApiHost</key>\n  <string>api.example.com</string>\n  <key>{E}</key>\n  <string>{V}</string>\n</dict>\n'),
]
def gen():
    r=random.Random(11101); out=[]; n=0
    for ki,(kind,tmpl) in enumerate(KINDS):
        for j in range(4):
            t=TYPES[(ki*5+j*3)%len(TYPES)] if True else None
            typ,E,L,sp=t; v=shape(r,sp)
            text,s,e=place(tmpl,v,E=E,L=L); n+=1
            out.append((typ,kind,text,s,e))
    return out

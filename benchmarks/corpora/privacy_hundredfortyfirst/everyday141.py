import random, string
from common141 import *
TYPES = [  # (type, keybase, gen)
 ('flock_chms_admin_password', 'chms admin password', 'pw'),
 ('flock_checkin_kiosk_unlock_password', 'kiosk unlock password', 'pw'),
 ('flock_projection_pc_login_password', 'projection login password', 'pw'),
 ('flock_stream_encoder_web_password', 'encoder web password', 'pw'),
 ('flock_sanctuary_wifi_passphrase', 'sanctuary wifi psk', 'pw'),
 ('flock_giving_gateway_secret', 'giving gateway secret', 'gv'),
 ('flock_donor_export_token', 'donor export token', 'dx'),
 ('flock_bulletin_smtp_password', 'bulletin smtp password', 'pw'),
 ('flock_volunteer_webhook_signing_secret', 'volunteer webhook signing secret', 'wh'),
 ('flock_member_portal_jwt_secret', 'member portal jwt secret', 'jw'),
 ('flock_newsletter_api_key', 'newsletter api key', 'nl'),
 ('flock_lyrics_sync_token', 'lyrics sync token', 'ly'),
]
def gen_value(r, g, used):
    if g == 'pw': return owner_pw(r, used)
    while True:
        v = {'gv': lambda: 'gvk_' + rs(r, 36),
             'dx': lambda: b64(r, 30),
             'wh': lambda: 'vwh_' + rhex(r, 40),
             'jw': lambda: b64(r, 48, True, False),
             'nl': lambda: rhex(r, 32) + '-' + rs(r, 4, string.ascii_lowercase),
             'ly': lambda: 'lys.' + rs(r, 28) + '.' + rs(r, 10)}[g]()
        if v not in used: used.add(v); return v
def key(base, style):
    w = base.split()
    return {'U': '_'.join(w).upper(), 's': '_'.join(w), 'c': w[0] + ''.join(x.capitalize() for x in w[1:]),
            'k': '-'.join(w), 'd': '.'.join(w), 'P': ''.join(x.capitalize() for x in w)}[style]
# 45 container kinds: (kind, style, template) ; {K} key, {V} value
KINDS = [
 ('chms_rock_web_connection_strings_config', 'P', '<appSettings>\n  <add key="{K}" value="{V}" />\n  <add key="OrgName" value="Grace Fellowship" />\n</appSettings>'),
 ('planning_sync_laravel_env', 'U', 'APP_NAME=PlanningSync\nAPP_ENV=production\n{K}={V}\nQUEUE_CONNECTION=redis'),
 ('giving_kiosk_electron_store_json', 'c', '{\n  "kioskId": "lobby-east",\n  "{K}": "{V}",\n  "theme": "advent"\n}'),
 ('checkin_label_printer_ini', 's', '[printer]\nmodel = DYMO LabelWriter 450\nqueue = nursery\n{K} = {V}\n'),
 ('checkin_station_ipad_plist', 'c', '<dict>\n  <key>{K}</key>\n  <string>{V}</string>\n  <key>Campus</key>\n  <string>North</string>\n</dict>'),
 ('propresenter_macro_lua_script', 's', '-- sunday macro\nlocal {K} = "{V}"\nlocal stage = "main"\n'),
 ('projection_obs_websocket_python', 's', 'import obsws_python as obs\n{K} = "{V}"\ncl = obs.ReqClient(host="10.20.0.5", port=4455)\n'),
 ('livestream_encoder_ffmpeg_wrapper_sh', 'U', '#!/bin/sh\n{K}="{V}"\nexec ffmpeg -f decklink -i "DeckLink Mini" -c:v libx264 out.flv\n'),
 ('sermon_podcast_jekyll_config_yml', 's', 'title: Weekly Sermons\nfeed: /podcast.xml\n{K}: "{V}"\n'),
 ('bulletin_indesign_extendscript_jsx', 'c', '// bulletin export\nvar {K} = "{V}";\nvar doc = app.activeDocument;\n'),
 ('newsletter_mjml_build_gulpfile_js', 'c', "const {K} = '{V}';\ngulp.task('mjml', build);\n"),
 ('volunteer_rota_google_apps_script', 'c', "function syncRota() {\n  const {K} = '{V}';\n  SpreadsheetApp.getActive();\n}"),
 ('donor_directory_flask_instance_config', 'U', "SQLALCHEMY_DATABASE_URI = 'sqlite:///members.db'\n{K} = '{V}'\n"),
 ('tithing_processor_spring_application_properties', 'd', 'spring.application.name=tithe-processor\n{K}={V}\nserver.port=8443'),
 ('mosque_prayer_times_nextjs_env_production', 'U', 'NEXT_PUBLIC_MASJID=Al-Noor\n{K}={V}\n'),
 ('temple_festival_site_nuxt_runtime_config_ts', 'c', "export default defineNuxtConfig({\n  runtimeConfig: { {K}: '{V}' }\n})"),
 ('synagogue_yahrzeit_mailer_go_const', 'P', 'package mailer\n\nconst {K} = "{V}"\n'),
 ('gurdwara_langar_signup_rails_credentials_plain', 's', '# decrypted for debugging\n{K}: {V}\nlangar_slots: 12\n'),
 ('parish_office_access_vba_module', 'P', 'Public Const {K} As String = "{V}"\n'),
 ('diocese_reporting_powershell_profile', 'P', '$env:Diocese = "North"\n${K} = "{V}"\n'),
 ('church_app_flutter_dart_env', 'c', "class Env {\n  static const {K} = '{V}';\n}"),
 ('kids_checkin_kotlin_build_gradle_kts', 'P', 'android {\n  defaultConfig {\n    buildConfigField("String", "{K}", "\\"{V}\\"")\n  }\n}'),
 ('stage_display_raspberry_config_txt', 's', '# stage display pi\nhdmi_group=1\n{K}={V}\n'),
 ('sound_desk_midi_bridge_node_config_js', 'c', "module.exports = {\n  midiPort: 'X32',\n  {K}: '{V}'\n};"),
 ('camera_ptz_controller_companion_json', 'c', '{"instance": "ptz-rear", "{K}": "{V}", "ip": "10.20.0.41"}'),
 ('media_server_docker_compose_environment', 'U', 'services:\n  media:\n    image: jellyfin/jellyfin\n    environment:\n      - {K}={V}\n'),
 ('church_infra_pulumi_stack_yaml', 'c', 'config:\n  church-infra:region: us-east-2\n  church-infra:{K}: {V}\n'),
 ('giving_lambda_sam_template_yaml', 'P', 'Resources:\n  GivingFn:\n    Properties:\n      Environment:\n        Variables:\n          {K}: {V}\n'),
 ('parish_k8s_configmap_data', 'k', 'apiVersion: v1\nkind: ConfigMap\ndata:\n  {K}: "{V}"\n'),
 ('sanctuary_network_vyos_config', 'k', 'service {\n    {K} "{V}"\n}'),
 ('campus_router_mikrotik_script', 'k', ':global {K} "{V}"\n/system script run backup'),
 ('church_nas_synology_task_script', 'U', '#!/bin/bash\n{K}="{V}"\nrsync -a /volume1/sermons /volume2/backup\n'),
 ('member_import_csharp_user_secrets_json', 'P', '{\n  "Import": {\n    "{K}": "{V}"\n  }\n}'),
 ('online_giving_django_local_settings', 'U', "DEBUG = False\n{K} = '{V}'\nALLOWED_HOSTS = ['give.example.org']\n"),
 ('event_registration_php_ini_include', 's', '; registration\n{K} = "{V}"\ndate.timezone = "America/Chicago"\n'),
 ('bulletin_hugo_data_toml', 's', '[bulletin]\nweek = 48\n{K} = "{V}"\n'),
 ('church_ci_gitea_actions_workflow', 'U', 'jobs:\n  deploy:\n    env:\n      {K}: {V}\n'),
 ('church_ci_drone_yml', 'U', 'steps:\n  - name: publish\n    environment:\n      {K}: {V}\n'),
 ('deploy_capistrano_deploy_rb', 's', "set :application, 'stmarks'\nset :{K}, '{V}'\n"),
 ('choir_app_rust_config_rs', 'U', 'pub const {K}: &str = "{V}";\n'),
 ('youth_group_discord_paste', 's', 'ok here is what I set it to -> {K} {V} (ping me if the bot breaks)'),
 ('deacon_team_signal_message', 's', 'Signal note to self: {K} is {V} for the Sunday laptop'),
 ('office_manager_outlook_email_body', 's', 'Hi Pastor Dan, for the new volunteer laptop the {K} is {V} until IT changes it. Blessings, Ruth'),
 ('av_team_trello_card_comment', 's', 'Card: Easter stream prep. Comment: updated {K} -> {V}'),
 ('kiosk_windows_event_log_line', 'c', 'Information 2026-03-29 09:12:44 KioskSvc: config loaded {K}={V} campus=West'),
]
def build(seed=14101):
    r = random.Random(seed); used = set(); out = []
    for i, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, base, g = TYPES[(5 * i + 7 * j) % len(TYPES)]
            v = gen_value(r, g, used)
            k = key(base, style)
            pre, post = tpl.split('{V}')
            pre = pre.replace('{K}', k); post = post.replace('{K}', k)
            out.append(dict(type=t, container=kind, text=pre + v + post, value=v, start=len(pre), source='everyday'))
    return out

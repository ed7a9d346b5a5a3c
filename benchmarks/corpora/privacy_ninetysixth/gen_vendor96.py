"""Vendor credential types of the maker world and beyond, one record each, 12 maker styles cycled."""
import random
from common96 import *

def g_age(r): return 'AGE-SECRET-KEY-1' + rs(r, BECH32, 58).upper()
def g_matrix(r):
    u = base64.b64encode(r.choice(USERS).encode()).decode().rstrip('=')
    return 'syt_%s_%s_%s' % (u, rs(r, ALNUM, 20), rs(r, ALNUM, 6))
def g_ha(r): return jwt(r, {'iss': hexs(r, 32), 'iat': 1767225600 + r.randint(0, 9**6), 'exp': 2082585600 + r.randint(0, 9**6)})
def g_pinata(r): return jwt(r, {'userInformation': {'id': uuid4(r), 'email': 'maker@example.org', 'email_verified': True}, 'authenticationType': 'scopedKey', 'scopedKeyKey': hexs(r, 20), 'scopedKeySecret': hexs(r, 64), 'exp': 2082585600, 'iat': 1767225600})
def g_printables(r): return jwt(r, {'sub': str(r.randint(10**5, 10**6)), 'scope': 'graphql', 'iat': 1767225600 + r.randint(0, 9**6)}, 'RS256')
def g_bambu(r): return jwt(r, {'username': 'u_%d' % r.randint(10**9, 10**10), 'preferred_username': 'maker', 'exp': 2082585600}, 'RS256')
def g_lemon(r): return jwt(r, {'aud': '94d59cef-dbb8-4ea5-b178-d2540fcd6919'[:0] + uuid4(r), 'jti': hexs(r, 80), 'sub': str(r.randint(10**5, 10**6)), 'scopes': []}, 'RS256')
def g_ghost(r): return hexs(r, 24) + ':' + hexs(r, 64)
def g_wpapp(r): return ' '.join(rs(r, ALNUM, 4) for _ in range(6))
def g_nextcloud(r): return '-'.join(rs(r, ALNUM, 5) for _ in range(5))
def g_bsky(r): return '-'.join(rs(r, string.ascii_lowercase + string.digits, 4) for _ in range(4))
def g_ebay(r): return 'PRD-%s-%s-%s-%s-%s' % (hexs(r, 12), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 4))
def g_influx(r): return b64_bytes(r, 64, urlsafe=True)
def g_dynatrace(r): return 'dt0c01.%s.%s' % (rs(r, UPPER_ALNUM, 24), rs(r, UPPER_ALNUM, 64))
def g_harness(r): return 'pat.%s.%s.%s' % (rs(r, URLSAFE, 22), hexs(r, 24), rs(r, ALNUM, 20))
def g_pypi(r): return 'pypi-AgEIcHlwaS5vcmc' + rs(r, URLSAFE, 140)
def g_slack_like(r): pass
def g_openshift(r): return 'sha256~' + rs(r, URLSAFE, 43)
def g_b2(r): return 'K005' + rs(r, ALNUM + '+/', 27)
def g_amzn(r): return 'amzn1.oa2-cs.v1.' + hexs(r, 64)
def g_fb(r): return 'EAAG' + rs(r, ALNUM, 180)
def g_azdo(r): return rs(r, ALNUM, 76) + 'AZDO' + rs(r, ALNUM, 4)
def g_paypal(r): return 'E' + rs(r, URLSAFE, 79)
def g_tuya(r): return hexs(r, 32)
def g_ifttt(r): return 'https://maker.ifttt.com/trigger/print_done/with/key/' + rs(r, URLSAFE, 22)
def g_flw(r): return 'FLWSECK-' + hexs(r, 32) + '-X'
def g_storj(r): return '1' + rs(r, B58, 180)
def g_hue(r): return rs(r, URLSAFE, 40)

V = [
 # focus world
 ('octoprint_appkeys_application_key', 'OCTOPRINT_APP_KEY', lambda r: rs(r, URLSAFE, 43)),
 ('obico_printer_auth_token', 'OBICO_AUTH_TOKEN', lambda r: hexs(r, 32)),
 ('prusa_connect_printer_token', 'PRUSA_CONNECT_TOKEN', lambda r: rs(r, ALNUM, 20)),
 ('prusalink_mk3_api_key', 'PRUSALINK_API_KEY', lambda r: rs(r, ALNUM, 16)),
 ('bambu_cloud_access_token', 'BAMBU_CLOUD_TOKEN', g_bambu),
 ('thingiverse_oauth_access_token', 'THINGIVERSE_ACCESS_TOKEN', lambda r: hexs(r, 32)),
 ('printables_graphql_bearer_token', 'PRINTABLES_BEARER', g_printables),
 ('myminifactory_api_key', 'MMF_API_KEY', uuid4),
 ('cults3d_api_key', 'CULTS3D_API_KEY', lambda r: rs(r, ALNUM, 32)),
 ('onshape_oauth_client_secret', 'ONSHAPE_CLIENT_SECRET', lambda r: rs(r, ALNUM, 40)),
 ('autodesk_aps_client_secret', 'APS_CLIENT_SECRET', lambda r: rs(r, ALNUM, 64)),
 ('sketchfab_api_token', 'SKETCHFAB_API_TOKEN', lambda r: hexs(r, 32)),
 ('shapeways_oauth_client_secret', 'SHAPEWAYS_CLIENT_SECRET', lambda r: rs(r, ALNUM, 44)),
 ('jlcpcb_open_api_secret', 'JLC_API_SECRET', lambda r: rs(r, ALNUM, 32)),
 ('pcbway_partner_api_key', 'PCBWAY_API_KEY', lambda r: hexs(r, 32, True)),
 ('nexar_octopart_client_secret', 'NEXAR_CLIENT_SECRET', lambda r: rs(r, URLSAFE, 50)),
 ('digikey_api_client_secret', 'DIGIKEY_CLIENT_SECRET', lambda r: rs(r, ALNUM, 16)),
 ('mouser_search_api_key', 'MOUSER_API_KEY', uuid4),
 ('adafruit_io_key', 'ADAFRUIT_IO_KEY', lambda r: 'aio_' + rs(r, ALNUM, 28)),
 ('particle_cloud_access_token', 'PARTICLE_ACCESS_TOKEN', lambda r: hexs(r, 40)),
 ('blynk_device_auth_token', 'BLYNK_AUTH_TOKEN', lambda r: rs(r, URLSAFE, 32)),
 ('arduino_iot_cloud_client_secret', 'ARDUINO_CLIENT_SECRET', lambda r: rs(r, ALNUM, 64)),
 ('balena_cloud_api_key', 'BALENA_API_KEY', lambda r: rs(r, ALNUM, 32)),
 ('thingspeak_write_api_key', 'THINGSPEAK_WRITE_KEY', lambda r: rs(r, UPPER_ALNUM, 16)),
 ('ubidots_account_token', 'UBIDOTS_TOKEN', lambda r: 'BBFF-' + rs(r, ALNUM, 30)),
 ('home_assistant_long_lived_token', 'HA_TOKEN', g_ha),
 ('ntfy_access_token', 'NTFY_TOKEN', lambda r: 'tk_' + rs(r, LOWER_ALNUM, 29)),
 ('gotify_application_token', 'GOTIFY_APP_TOKEN', lambda r: 'A' + rs(r, URLSAFE, 14)),
 ('simplyprint_api_key', 'SIMPLYPRINT_API_KEY', uuid4),
 ('platformio_account_auth_token', 'PLATFORMIO_AUTH_TOKEN', lambda r: rs(r, URLSAFE, 76)),
 ('edge_impulse_project_api_key', 'EI_API_KEY', lambda r: 'ei_' + hexs(r, 64)),
 ('roboflow_private_api_key', 'ROBOFLOW_API_KEY', lambda r: rs(r, ALNUM, 20)),
 ('wokwi_ci_token', 'WOKWI_CLI_TOKEN', lambda r: 'wok_' + rs(r, ALNUM, 40)),
 ('zoo_text_to_cad_api_token', 'ZOO_API_TOKEN', uuid4),
 ('meshy_ai_api_key', 'MESHY_API_KEY', lambda r: 'msy_' + rs(r, ALNUM, 36)),
 ('tripo3d_api_key', 'TRIPO_API_KEY', lambda r: 'tsk_' + rs(r, URLSAFE, 43)),
 ('stability_ai_api_key', 'STABILITY_API_KEY', lambda r: 'sk-' + rs(r, ALNUM, 48)),
 ('luma_ai_api_key', 'LUMAAI_API_KEY', lambda r: 'luma-' + uuid4(r) + '-' + uuid4(r)),
 ('tuya_iot_access_secret', 'TUYA_ACCESS_SECRET', g_tuya),
 ('philips_hue_bridge_app_key', 'HUE_APP_KEY', g_hue),
 ('shelly_cloud_auth_key', 'SHELLY_AUTH_KEY', lambda r: rs(r, ALNUM, 112)),
 ('smartthings_personal_access_token', 'SMARTTHINGS_TOKEN', uuid4),
 ('ifttt_webhooks_trigger_url', 'IFTTT_WEBHOOK_URL', g_ifttt),
 ('influxdb_v2_operator_token', 'INFLUX_TOKEN', g_influx),
 ('uptime_kuma_api_key', 'KUMA_API_KEY', lambda r: 'uk%d_%s' % (r.randint(1, 9), rs(r, URLSAFE, 32))),
 ('healthchecks_io_api_key', 'HC_API_KEY', lambda r: rs(r, URLSAFE, 32)),
 ('pushbullet_access_token', 'PUSHBULLET_TOKEN', lambda r: 'o.' + rs(r, ALNUM, 32)),
 ('prowl_api_key', 'PROWL_API_KEY', lambda r: hexs(r, 40)),
 ('zerotier_central_api_token', 'ZT_CENTRAL_TOKEN', lambda r: rs(r, ALNUM, 32)),
 ('nextcloud_app_password', 'NEXTCLOUD_APP_PASSWORD', g_nextcloud),
 ('etsy_open_api_keystring', 'ETSY_KEYSTRING', lambda r: rs(r, LOWER_ALNUM, 24)),
 ('tindie_api_key', 'TINDIE_API_KEY', lambda r: hexs(r, 40)),
 ('printful_private_token', 'PRINTFUL_TOKEN', lambda r: rs(r, ALNUM, 40)),
 ('gumroad_access_token', 'GUMROAD_ACCESS_TOKEN', lambda r: rs(r, URLSAFE, 43)),
 ('patreon_creator_access_token', 'PATREON_CREATOR_TOKEN', lambda r: rs(r, URLSAFE, 43)),
 ('lemon_squeezy_api_key', 'LEMONSQUEEZY_API_KEY', g_lemon),
 ('kofi_webhook_verification_token', 'KOFI_VERIFICATION_TOKEN', uuid4),
 ('twitch_user_oauth_token', 'TWITCH_OAUTH_TOKEN', lambda r: rs(r, LOWER_ALNUM, 30)),
 ('facebook_page_access_token', 'FB_PAGE_TOKEN', g_fb),
 ('mastodon_app_access_token', 'MASTODON_ACCESS_TOKEN', lambda r: rs(r, URLSAFE, 43)),
 ('bluesky_app_password', 'BSKY_APP_PASSWORD', g_bsky),
 ('matrix_synapse_access_token', 'MATRIX_ACCESS_TOKEN', g_matrix),
 ('aliexpress_open_platform_app_secret', 'AE_APP_SECRET', lambda r: rs(r, ALNUM, 32)),
 ('amazon_sp_api_lwa_client_secret', 'LWA_CLIENT_SECRET', g_amzn),
 ('ebay_production_cert_id', 'EBAY_CERT_ID', g_ebay),
 ('paypal_rest_client_secret', 'PAYPAL_CLIENT_SECRET', g_paypal),
 ('sumup_secret_api_key', 'SUMUP_API_KEY', lambda r: 'sup_sk_' + rs(r, ALNUM, 32)),
 ('mollie_live_api_key', 'MOLLIE_API_KEY', lambda r: 'live_' + rs(r, ALNUM, 30)),
 ('ghost_admin_api_key', 'GHOST_ADMIN_API_KEY', g_ghost),
 ('wordpress_application_password', 'WP_APP_PASSWORD', g_wpapp),
 ('imgur_client_secret', 'IMGUR_CLIENT_SECRET', lambda r: hexs(r, 40)),
 ('flickr_api_secret', 'FLICKR_SECRET', lambda r: hexs(r, 16)),
 ('vimeo_personal_access_token', 'VIMEO_TOKEN', lambda r: hexs(r, 32)),
 ('gitea_access_token', 'GITEA_TOKEN', lambda r: hexs(r, 40)),
 ('sourcegraph_access_token', 'SRC_ACCESS_TOKEN', lambda r: 'sgp_' + hexs(r, 16) + '_' + hexs(r, 40)),
 ('azure_devops_personal_access_token', 'AZURE_DEVOPS_EXT_PAT', g_azdo),
 ('readthedocs_api_token', 'RTD_TOKEN', lambda r: hexs(r, 40)),
 ('pythonanywhere_api_token', 'PA_API_TOKEN', lambda r: hexs(r, 40)),
 ('pypi_project_upload_token', 'TWINE_PASSWORD', g_pypi),
 ('clojars_deploy_token', 'CLOJARS_TOKEN', lambda r: 'CLOJARS_' + rs(r, LOWER_ALNUM, 60)),
 ('octopus_deploy_api_key', 'OCTOPUS_API_KEY', lambda r: 'API-' + rs(r, UPPER_ALNUM, 26)),
 ('openshift_oauth_user_token', 'OPENSHIFT_TOKEN', g_openshift),
 ('prefect_cloud_api_key', 'PREFECT_API_KEY', lambda r: 'pnu_' + rs(r, ALNUM, 36)),
 ('dynatrace_api_token', 'DT_API_TOKEN', g_dynatrace),
 ('harness_personal_access_token', 'HARNESS_PAT', g_harness),
 ('infracost_api_key', 'INFRACOST_API_KEY', lambda r: 'ico-' + rs(r, ALNUM, 32)),
 ('scalingo_api_token', 'SCALINGO_API_TOKEN', lambda r: 'tk-us-' + rs(r, URLSAFE, 48)),
 ('yandex_cloud_api_key', 'YC_API_KEY', lambda r: 'AQVN' + rs(r, URLSAFE, 36)),
 ('adobe_io_client_secret', 'ADOBE_CLIENT_SECRET', lambda r: 'p8e-' + rs(r, ALNUM, 32)),
 ('age_encryption_secret_key', 'SOPS_AGE_KEY', g_age),
 ('flutterwave_secret_key', 'FLW_SECRET_KEY', g_flw),
 ('gocardless_live_access_token', 'GOCARDLESS_TOKEN', lambda r: 'live_' + rs(r, URLSAFE, 40)),
 ('duffel_live_access_token', 'DUFFEL_TOKEN', lambda r: 'duffel_live_' + rs(r, URLSAFE, 43)),
 ('frameio_developer_token', 'FRAMEIO_TOKEN', lambda r: 'fio-u-' + rs(r, URLSAFE, 64)),
 ('beamer_api_key', 'BEAMER_API_KEY', lambda r: 'b_' + rs(r, URLSAFE + '=', 44)),
 ('backblaze_b2_application_key', 'B2_APPLICATION_KEY', g_b2),
 ('storj_access_grant', 'STORJ_ACCESS', g_storj),
 ('pinata_ipfs_jwt', 'PINATA_JWT', g_pinata),
 ('bunny_net_storage_password', 'BUNNY_STORAGE_PASSWORD', lambda r: uuid4(r) + '-' + hexs(r, 4) + '-' + hexs(r, 4)),
 ('mailjet_api_secret_key', 'MJ_APISECRET_PRIVATE', lambda r: hexs(r, 32)),
 ('sparkpost_api_key', 'SPARKPOST_API_KEY', lambda r: hexs(r, 40)),
 ('smtp2go_api_key', 'SMTP2GO_API_KEY', lambda r: 'api-' + hexs(r, 32, True)),
 ('todoist_api_token', 'TODOIST_API_TOKEN', lambda r: hexs(r, 40)),
 ('miro_rest_access_token', 'MIRO_TOKEN', lambda r: 'eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_' + rs(r, URLSAFE, 27)),
 ('runwayml_api_secret', 'RUNWAYML_API_SECRET', lambda r: 'key_' + hexs(r, 128)),
 ('leonardo_ai_api_key', 'LEONARDO_API_KEY', uuid4),
 ('sumo_logic_access_key', 'SUMO_ACCESS_KEY', lambda r: rs(r, ALNUM, 64)),
 ('travis_ci_api_token', 'TRAVIS_TOKEN', lambda r: rs(r, URLSAFE, 22)),
 ('lob_live_api_key', 'LOB_API_KEY', lambda r: 'live_' + hexs(r, 35)),
 ('squarespace_commerce_api_key', 'SQSP_API_KEY', uuid4),
 ('snapeda_api_token', 'SNAPEDA_TOKEN', lambda r: hexs(r, 40)),
 ('creality_cloud_session_token', 'CREALITY_TOKEN', lambda r: hexs(r, 64)),
 ('octoeverywhere_app_connection_key', 'OE_APP_KEY', lambda r: rs(r, ALNUM, 40)),
 ('prusa_account_oauth_client_secret', 'PRUSA_OAUTH_SECRET', lambda r: rs(r, ALNUM, 64)),
 ('sourcehut_personal_access_token', 'SRHT_TOKEN', lambda r: rs(r, B64, 124)),
 ('codeberg_woodpecker_agent_secret', 'WOODPECKER_AGENT_SECRET', lambda r: hexs(r, 64)),
 ('anydesk_unattended_access_password', 'ANYDESK_PASSWORD', owner_password),
 ('teamviewer_script_api_token', 'TV_API_TOKEN', lambda r: '%d-%s' % (r.randint(10**7, 10**8), rs(r, ALNUM, 20))),
 ('rustdesk_server_key_private', 'RUSTDESK_KEY', lambda r: b64_bytes(r, 64)),
]

STYLES = [
 ('octoprint_plugin_settings_yaml', "plugins:\n  farm_bridge:\n    ⟨e⟩: ⟨V⟩\n"),
 ('moonraker_secrets_json_file', "{\n  \"farm\": {\n    \"⟨e⟩\": \"⟨V⟩\"\n  }\n}\n"),
 ('esphome_secrets_entry', "# ESPHome secrets.yaml\n⟨e⟩: \"⟨V⟩\"\n"),
 ('klipper_macro_shell_command_env', "[gcode_shell_command notify]\ncommand: env ⟨E⟩=⟨V⟩ /home/⟨user⟩/notify.sh\ntimeout: 5.\n"),
 ('kicad_plugin_env_var_table', "; KiCad Preferences > Configure Paths (kicad_common.json)\n\"environment\": {\"vars\": {\"⟨E⟩\": \"⟨V⟩\"}}\n"),
 ('fusion_addin_manifest_env', "{\n  \"autodeskProduct\": \"Fusion\",\n  \"type\": \"addin\",\n  \"env\": {\"⟨E⟩\": \"⟨V⟩\"}\n}\n"),
 ('makerspace_docker_env_file', "# /srv/makerspace/.env\n⟨E⟩=⟨V⟩\n"),
 ('print_farm_systemd_environment_file', "# /etc/default/print-farm\n⟨E⟩=\"⟨V⟩\"\n"),
 ('micropython_secrets_module', "# secrets.py (CircuitPython / MicroPython)\nsecrets = {\n    '⟨e⟩': '⟨V⟩',\n}\n"),
 ('platformio_custom_env_section', "[env]\ncustom_⟨e⟩ = ⟨V⟩\n"),
 ('maker_discord_paste_snippet', "⟨user⟩ — Today at 22:41\nhere's what I exported before running the uploader\n```\nexport ⟨E⟩='⟨V⟩'\n```\n"),
 ('cnc_controller_startup_script', "#!/bin/sh\n# started by the CNC pendant Pi at boot\n⟨E⟩=⟨V⟩ python3 /opt/pendant/sync.py &\n"),
]

def generate():
    r = random.Random(9602)
    out = []
    for i, (typ, env, g) in enumerate(V):
        style, tpl = STYLES[i % len(STYLES)]
        v = g(r)
        text, spans = render(tpl, v, r, {'E': env, 'e': env.lower()})
        out.append(rec('s', typ, typ + '__' + style, text, spans, v, 'vendor'))
    return out

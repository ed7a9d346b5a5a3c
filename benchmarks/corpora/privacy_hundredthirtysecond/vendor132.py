"""Vendor token types in realistic containers."""
import random, string, zlib
from common132 import *
S = SLOT

def bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25; chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk

B32C = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'
def age_key(r):
    hrp = 'age-secret-key-'
    data = [r.randrange(32) for _ in range(52)]
    vals = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data + [0] * 6
    pm = bech32_polymod(vals) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + '1' + ''.join(B32C[d] for d in data + chk)).upper()

def crc_token(r, prefix, n):
    body = rs(r, A62, n)
    return prefix + body + base62(zlib.crc32((prefix + body).encode()) & 0xffffffff, 6)

STYLES = [
 ('park_ops_dotenv_line', '{K}='+S+'\n'),
 ('ride_gateway_csharp_const', 'internal const string {K} = "'+S+'";\n'),
 ('queue_worker_elixir_runtime_exs', 'config :queue_worker, {k}: "'+S+'"\n'),
 ('prop_firmware_platformio_build_flag', 'build_flags = -D{K}=\\"'+S+'\\"\n'),
 ('show_server_nginx_env_directive', 'env {K}='+S+';\n'),
 ('kiosk_swift_static_let', 'static let {k} = "'+S+'"\n'),
 ('ticketing_java_system_property', '-D{k}='+S+'\n'),
 ('attraction_terraform_tfvars', '{k} = "'+S+'"\n'),
 ('escape_room_booking_scala_conf', '{k} = "'+S+'"\n'),
 ('photo_service_dart_const', "const {k} = '"+S+"';\n"),
]

def V(t, key, f):
    return (t, key, f)

VENDORS = [
 V('accesso_passport_api_secret', 'ACCESSO_SECRET', lambda r: rs(r, A62, 48)),
 V('accesso_loqueue_partner_key', 'LOQUEUE_KEY', lambda r: uuid4(r)),
 V('gateway_galaxy_ticketing_password', 'GALAXY_PASSWORD', owner_pw),
 V('semnox_parafait_api_token', 'PARAFAIT_TOKEN', lambda r: rs(r, A62, 64)),
 V('centeredge_advantage_api_key', 'CENTEREDGE_KEY', lambda r: rs(r, HEX, 40)),
 V('roller_venue_client_secret', 'ROLLER_CLIENT_SECRET', lambda r: rs(r, A62, 44)),
 V('xola_seller_api_key', 'XOLA_KEY', lambda r: rs(r, A62, 43)),
 V('fareharbor_user_api_key', 'FAREHARBOR_USER_KEY', lambda r: uuid4(r)),
 V('bookeo_secret_key', 'BOOKEO_SECRET', lambda r: rs(r, A62, 32)),
 V('resova_api_key', 'RESOVA_KEY', lambda r: rs(r, A62, 40)),
 V('rezdy_api_key', 'REZDY_KEY', lambda r: rs(r, HEX, 32)),
 V('peek_pro_partner_token', 'PEEK_TOKEN', lambda r: rs(r, A62, 40)),
 V('checkfront_api_secret', 'CHECKFRONT_SECRET', lambda r: rs(r, HEX, 64)),
 V('ventrata_connect_api_key', 'VENTRATA_KEY', lambda r: uuid4(r)),
 V('bokun_secret_key', 'BOKUN_SECRET', lambda r: rs(r, HEX, 32)),
 V('regiondo_private_key', 'REGIONDO_PRIVATE', lambda r: rs(r, HEX, 40)),
 V('trekksoft_api_secret', 'TREKKSOFT_SECRET', lambda r: rs(r, A62, 32)),
 V('zaui_api_token', 'ZAUI_TOKEN', lambda r: rs(r, A62, 36)),
 V('embed_card_system_api_key', 'EMBED_CARD_KEY', lambda r: rs(r, AU36, 32)),
 V('intercard_icore_secret', 'INTERCARD_SECRET', lambda r: rs(r, A62, 40)),
 V('sacoa_cashless_api_password', 'SACOA_PASS', owner_pw),
 V('glownet_event_api_token', 'GLOWNET_TOKEN', lambda r: rs(r, HEX, 64)),
 V('intellitix_access_api_key', 'INTELLITIX_KEY', lambda r: rs(r, A62, 40)),
 V('tappit_cashless_client_secret', 'TAPPIT_SECRET', lambda r: rs(r, A62, 48)),
 V('weezevent_api_key', 'WEEZEVENT_KEY', lambda r: rs(r, HEX, 32)),
 V('playpass_rfid_api_token', 'PLAYPASS_TOKEN', lambda r: rs(r, A62, 40)),
 V('qless_queue_api_key', 'QLESS_KEY', lambda r: rs(r, HEX, 40)),
 V('qminder_api_key', 'QMINDER_KEY', lambda r: rs(r, A62, 40)),
 V('waitwhile_api_key', 'WAITWHILE_KEY', lambda r: rs(r, A62, 40)),
 V('qudini_api_secret', 'QUDINI_SECRET', lambda r: rs(r, A62, 32)),
 V('picsolve_upload_secret', 'PICSOLVE_SECRET', lambda r: rs(r, A62, 40)),
 V('pictureworks_photo_api_key', 'PICTUREWORKS_KEY', lambda r: rs(r, HEX, 32)),
 V('buzzshot_escape_room_api_key', 'BUZZSHOT_KEY', lambda r: rs(r, A62, 32)),
 V('morty_escape_room_api_token', 'MORTY_TOKEN', lambda r: rs(r, A62, 40)),
 V('clue_control_license_key', 'CLUE_CONTROL_LICENSE', lambda r: '-'.join(rs(r, AU36, 5) for _ in range(5))),
 V('houdini_mc_license_key', 'HOUDINI_MC_LICENSE', lambda r: '-'.join(rs(r, AU36, 4) for _ in range(4))),
 V('alcorn_mcbride_showtouch_password', 'ALCORN_PASS', owner_pw),
 V('medialon_showmaster_password', 'SHOWMASTER_PASS', owner_pw),
 V('pharos_cloud_api_token', 'PHAROS_TOKEN', lambda r: rs(r, A62, 48)),
 V('madrix_remote_http_password', 'MADRIX_PASS', owner_pw),
 V('dataton_watchout_cluster_password', 'WATCHOUT_PASS', owner_pw),
 V('disguise_director_api_key', 'DISGUISE_KEY', lambda r: rs(r, HEX, 32)),
 V('brompton_tessera_remote_password', 'TESSERA_PASS', owner_pw),
 V('siemens_s7_plc_protection_password', 'S7_PROTECTION', owner_pw),
 V('rockwell_factorytalk_security_password', 'FACTORYTALK_PASS', owner_pw),
 V('wago_web_based_management_password', 'WAGO_WBM_PASS', owner_pw),
 V('ignition_gateway_api_key', 'IGNITION_KEY', lambda r: rs(r, B64U, 10) + ':' + rs(r, B64U, 43)),
 V('mappedin_api_secret', 'MAPPEDIN_SECRET', lambda r: rs(r, A62, 48)),
 V('mapbox_secret_access_token', 'MAPBOX_SECRET', lambda r: 'sk.' + b64url_json({'u': 'parkmaps' + str(r.randint(10, 99)), 'a': rs(r, A36L, 25)}) + '.' + rs(r, B64U, 22)),
 V('tomorrow_io_api_key', 'TOMORROW_KEY', lambda r: rs(r, A62, 32)),
 V('weatherbit_api_key', 'WEATHERBIT_KEY', lambda r: rs(r, HEX, 32)),
 V('onesignal_rest_api_key', 'ONESIGNAL_REST', lambda r: 'os_v2_app_' + rs(r, 'abcdefghijklmnopqrstuvwxyz234567', 113)),
 V('braze_rest_api_key', 'BRAZE_REST', lambda r: uuid4(r)),
 V('airship_master_secret', 'AIRSHIP_MASTER', lambda r: rs(r, B64U, 22)),
 V('adyen_api_key', 'ADYEN_KEY', lambda r: 'AQE' + rs(r, A62, 20) + '+' + rs(r, A62, 40) + '=-' + rs(r, A62 + '<>', 20)),
 V('shift4_secret_key', 'SHIFT4_SECRET', lambda r: 'sk_live_' + rs(r, A62, 24)),
 V('nayax_lynx_api_token', 'NAYAX_TOKEN', lambda r: rs(r, A62 + '-_', 64)),
 V('mollie_live_api_key', 'MOLLIE_KEY', lambda r: 'live_' + rs(r, A62, 30)),
 V('razorpay_key_secret', 'RAZORPAY_SECRET', lambda r: rs(r, A62, 24)),
 V('paystack_secret_key', 'PAYSTACK_SECRET', lambda r: 'sk_live_' + rs(r, HEX, 40)),
 V('flutterwave_secret_key', 'FLW_SECRET', lambda r: 'FLWSECK-' + rs(r, HEX, 32) + '-X'),
 V('gocardless_live_access_token', 'GOCARDLESS_TOKEN', lambda r: 'live_' + rs(r, A62 + '-_', 40)),
 V('shopify_admin_access_token', 'SHOPIFY_ADMIN', lambda r: 'shpat_' + rs(r, HEX, 32)),
 V('shopify_app_shared_secret', 'SHOPIFY_SHARED', lambda r: 'shpss_' + rs(r, HEX, 32)),
 V('slack_bot_token', 'SLACK_BOT', lambda r: 'xoxb-%d-%d-%s' % (r.randint(10**11, 10**12 - 1), r.randint(10**11, 10**12 - 1), rs(r, A62, 24))),
 V('slack_incoming_webhook_url', 'SLACK_HOOK', lambda r: 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(r, AU36, 8), rs(r, AU36, 10), rs(r, A62, 24))),
 V('gitlab_personal_token_glpat', 'GITLAB_TOKEN', lambda r: 'glpat-' + rs(r, A62 + '_-', 20)),
 V('gitlab_pipeline_trigger_glptt', 'GITLAB_TRIGGER', lambda r: 'glptt-' + rs(r, HEX, 40)),
 V('telegram_bot_api_token', 'TELEGRAM_BOT', lambda r: '%d:AA%s' % (r.randint(10**8, 10**10), rs(r, A62 + '_-', 33))),
 V('databricks_personal_token', 'DATABRICKS_TOKEN', lambda r: 'dapi' + rs(r, HEX, 32)),
 V('pulumi_access_token', 'PULUMI_TOKEN', lambda r: 'pul-' + rs(r, HEX, 40)),
 V('terraform_cloud_team_token', 'TFC_TOKEN', lambda r: rs(r, A62, 14) + '.atlasv1.' + rs(r, A62, 67)),
 V('postman_api_key_pmak', 'POSTMAN_KEY', lambda r: 'PMAK-' + rs(r, HEX, 24) + '-' + rs(r, HEX, 34)),
 V('adafruit_io_key', 'ADAFRUIT_IO_KEY', lambda r: 'aio_' + rs(r, A62, 28)),
 V('planetscale_service_token', 'PSCALE_TOKEN', lambda r: 'pscale_tkn_' + rs(r, A62 + '_', 43)),
 V('prefect_api_key', 'PREFECT_KEY', lambda r: 'pnu_' + rs(r, A62, 36)),
 V('rubygems_api_key', 'RUBYGEMS_KEY', lambda r: 'rubygems_' + rs(r, HEX, 48)),
 V('clojars_deploy_token', 'CLOJARS_TOKEN', lambda r: 'CLOJARS_' + rs(r, A36L, 60)),
 V('alibaba_access_key_secret', 'ALIBABA_SECRET', lambda r: rs(r, A62, 30)),
 V('okta_api_token', 'OKTA_TOKEN', lambda r: '00' + rs(r, A62 + '_-', 40)),
 V('age_secret_key_bech32', 'AGE_KEY', age_key),
 V('nuget_api_key_oy2', 'NUGET_KEY', lambda r: 'oy2' + rs(r, A36L, 43)),
 V('dropbox_short_lived_token', 'DROPBOX_TOKEN', lambda r: 'sl.' + rs(r, A62 + '_-', 136)),
 V('infracost_api_key', 'INFRACOST_KEY', lambda r: 'ico-' + rs(r, A62, 32)),
 V('groq_api_key', 'GROQ_KEY', lambda r: 'gsk_' + rs(r, A62, 52)),
 V('perplexity_api_key', 'PPLX_KEY', lambda r: 'pplx-' + rs(r, A62, 48)),
 V('replicate_api_token', 'REPLICATE_TOKEN', lambda r: 'r8_' + rs(r, A62, 37)),
 V('xai_api_key', 'XAI_KEY', lambda r: 'xai-' + rs(r, A62, 80)),
 V('bitbucket_app_password_atbb', 'BITBUCKET_APP', lambda r: 'ATBB' + rs(r, A62, 32)),
 V('mailgun_private_api_key', 'MAILGUN_KEY', lambda r: rs(r, HEX, 32) + '-' + rs(r, HEX, 8) + '-' + rs(r, HEX, 8)),
 V('lob_live_api_key', 'LOB_KEY', lambda r: 'live_' + rs(r, HEX, 35)),
 V('harness_personal_token', 'HARNESS_TOKEN', lambda r: 'pat.' + rs(r, A62 + '_-', 22) + '.' + rs(r, HEX, 24) + '.' + rs(r, A62, 20)),
 V('octopus_deploy_api_key', 'OCTOPUS_KEY', lambda r: 'API-' + rs(r, AU36, 26)),
 V('sonarqube_user_token', 'SONAR_TOKEN', lambda r: 'squ_' + rs(r, HEX, 40)),
 V('jfrog_identity_token', 'JFROG_TOKEN', lambda r: 'cmVmdGtuOjAxOjE3' + rs(r, A62, 48)),
 V('azure_ad_client_secret', 'AZURE_CLIENT_SECRET', lambda r: rs(r, A62, 3) + '8Q~' + rs(r, A62 + '~._-', 34)),
 V('discord_webhook_url', 'DISCORD_HOOK', lambda r: 'https://discord.com/api/webhooks/%d/%s' % (r.randint(10**17, 10**18), rs(r, A62 + '_-', 68))),
 V('teams_incoming_webhook_url', 'TEAMS_HOOK', lambda r: 'https://parkops.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s' % (uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r))),
 V('twitch_client_secret', 'TWITCH_SECRET', lambda r: rs(r, A36L, 30)),
 V('line_channel_access_token', 'LINE_CHANNEL_TOKEN', lambda r: rs(r, A62 + '+/', 171) + '='),
 V('openshift_user_token_sha256', 'OC_TOKEN', lambda r: 'sha256~' + rs(r, A62 + '_-', 43)),
 V('apify_api_token', 'APIFY_TOKEN', lambda r: 'apify_api_' + rs(r, A62, 36)),
 V('langsmith_personal_key', 'LANGSMITH_KEY', lambda r: 'lsv2_pt_' + rs(r, HEX, 32) + '_' + rs(r, HEX, 10)),
 V('pinecone_api_key', 'PINECONE_KEY', lambda r: 'pcsk_' + rs(r, A62, 5) + '_' + rs(r, A62, 63)),
 V('tailscale_auth_key', 'TS_AUTHKEY', lambda r: 'tskey-auth-k' + rs(r, A62, 11) + 'CNTRL-' + rs(r, A62, 33)),
 V('onepassword_service_account_token', 'OP_SERVICE_TOKEN', lambda r: 'ops_' + b64url_json({'signInAddress': 'parkops.1password.com', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000, 'salt': rs(r, B64U, 22)}, 'email': rs(r, A36L, 12) + '@1passwordserviceaccounts.com', 'srpX': rs(r, HEX, 64), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': rs(r, B64U, 43), 'key_ops': ['encrypt', 'decrypt'], 'kty': 'oct', 'kid': 'mp'}, 'secretKey': 'A3-' + rs(r, AU36, 6) + '-' + rs(r, AU36, 11) + '-' + rs(r, AU36, 5), 'deviceUuid': rs(r, A36L, 26)})),
 V('grafana_cloud_access_policy_token', 'GRAFANA_CLOUD_TOKEN', lambda r: 'glc_' + b64url_json({'o': str(r.randint(100000, 999999)), 'n': 'parkops-write', 'k': rs(r, A62, 24), 'm': {'r': 'prod-eu-west-2'}})),
 V('honeycomb_ingest_key', 'HONEYCOMB_KEY', lambda r: 'hcaik_' + rs(r, HEX, 58)),
 V('axiom_api_token', 'AXIOM_TOKEN', lambda r: 'xaat-' + uuid4(r)),
 V('checkly_api_key', 'CHECKLY_KEY', lambda r: 'cu_' + rs(r, HEX, 32)),
 V('posthog_personal_api_key', 'POSTHOG_PERSONAL', lambda r: 'phx_' + rs(r, A62, 43)),
 V('launchdarkly_sdk_key', 'LD_SDK_KEY', lambda r: 'sdk-' + uuid4(r)),
 V('statsig_server_secret', 'STATSIG_SECRET', lambda r: 'secret-' + rs(r, A62, 43)),
 V('flagsmith_server_key', 'FLAGSMITH_SERVER', lambda r: 'ser.' + rs(r, A62, 22)),
 V('algolia_admin_api_key', 'ALGOLIA_ADMIN', lambda r: rs(r, HEX, 32)),
 V('supabase_management_token', 'SUPABASE_TOKEN', lambda r: 'sbp_' + rs(r, HEX, 40)),
 V('neon_api_key', 'NEON_KEY', lambda r: 'napi_' + rs(r, A36L, 64)),
 V('resend_api_key', 'RESEND_KEY', lambda r: 're_' + rs(r, A62, 8) + '_' + rs(r, A62, 24)),
 V('expo_access_token', 'EXPO_TOKEN', lambda r: rs(r, A62 + '_-', 40)),
 V('firebase_cloud_messaging_server_key', 'FCM_SERVER_KEY', lambda r: 'AAAA' + rs(r, A62 + '_-', 7) + ':APA91b' + rs(r, A62 + '_-', 134)),
 V('plivo_auth_token', 'PLIVO_AUTH_TOKEN', lambda r: rs(r, A62, 40)),
 V('telnyx_api_key', 'TELNYX_KEY', lambda r: 'KEY' + rs(r, AU36, 32) + '_' + rs(r, A62, 22)),
 V('paddle_live_api_key', 'PADDLE_KEY', lambda r: 'pdl_live_apikey_' + rs(r, A36L, 26) + '_' + rs(r, A62, 22) + '_' + rs(r, A62, 3)),
 V('fly_io_deploy_token', 'FLY_TOKEN', lambda r: 'FlyV1 fm2_' + rs(r, A62 + '+/', 88) + '=='),
 V('ngrok_authtoken', 'NGROK_AUTHTOKEN', lambda r: '2' + rs(r, A62, 26) + '_' + rs(r, A62, 21)),
 V('infisical_service_token', 'INFISICAL_TOKEN', lambda r: 'st.' + uuid4(r) + '.' + rs(r, HEX, 32) + '.' + rs(r, HEX, 32)),
 V('clerk_secret_key', 'CLERK_SECRET', lambda r: 'sk_live_' + rs(r, A62, 40)),
 V('square_oauth_application_secret', 'SQUARE_APP_SECRET', lambda r: 'sq0csp-' + rs(r, A62 + '_-', 43)),
 V('github_app_installation_token', 'GH_INSTALL', lambda r: 'ghs_' + rs(r, A62, 36)),
 V('vivaticket_api_secret', 'VIVATICKET_SECRET', lambda r: rs(r, A62, 40)),
 V('etix_partner_api_key', 'ETIX_KEY', lambda r: rs(r, HEX, 32)),
 V('showpass_api_token', 'SHOWPASS_TOKEN', lambda r: rs(r, HEX, 40)),
 V('ticketspice_api_key', 'TICKETSPICE_KEY', lambda r: rs(r, A62, 32)),
 V('tixly_client_secret', 'TIXLY_SECRET', lambda r: rs(r, A62, 48)),
 V('siriusware_salesware_password', 'SIRIUSWARE_PASS', owner_pw),
 V('ticketsocket_api_secret', 'TICKETSOCKET_SECRET', lambda r: rs(r, A62, 40)),
 V('qubicaamf_conqueror_api_key', 'QUBICA_KEY', lambda r: uuid4(r)),
 V('laserforce_arena_api_token', 'LASERFORCE_TOKEN', lambda r: rs(r, A62, 36)),
 V('hivemq_cloud_credential_password', 'HIVEMQ_PASS', owner_pw),
 V('emqx_cloud_app_secret', 'EMQX_APP_SECRET', lambda r: rs(r, A62, 40)),
 V('ably_root_api_key', 'ABLY_KEY', lambda r: rs(r, A62, 6) + '.' + rs(r, A62, 6) + ':' + rs(r, A62 + '_-', 43)),
 V('unifi_network_api_key', 'UNIFI_KEY', lambda r: rs(r, A62 + '_-', 32)),
 V('vonage_api_secret', 'VONAGE_SECRET', lambda r: rs(r, A62, 16)),
]

def generate(deny_words, seed=13202, want=120):
    r = random.Random(seed)
    out, dropped = [], []
    for i, (t, key, f) in enumerate(VENDORS):
        first = t.split('_')[0]
        if first in deny_words:
            dropped.append(t); continue
        if len(out) >= want:
            continue
        v = f(r)
        sname, tpl = STYLES[i % len(STYLES)]
        tpl = tpl.replace('{K}', key).replace('{k}', key.lower())
        text, s, e = fill(tpl, v)
        out.append({'type': t, 'container': t + '__' + sname, 'text': text, 'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'vendor'})
    return out, dropped

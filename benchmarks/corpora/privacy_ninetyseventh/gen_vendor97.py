"""Vendor part: one record per vendor credential type; 12 real-time developer styles cycled."""
import random, struct, zlib
from common97 import *
from gen_everyday97 import fill

def agora006(r):
    return '006' + hx(r, 32) + b64bytes(r, 60).rstrip('=').replace('/', 'A').replace('+', 'B')
def agora007(r):
    return '007eJx' + an(r, 120, AL + '+/') 
def opentok(r):
    body = 'partner_id=%d&sig=%s:session_id=1_MX4%s&create_time=%d&role=publisher&nonce=%d' % (
        r.randint(40000000, 49999999), hx(r, 40), an(r, 40), 1780000000 + r.randint(0, 999999), r.randint(1, 99999))
    return 'T1==' + base64.b64encode(body.encode()).decode()
def twilio_jwt(r):
    sid = 'SK' + hx(r, 32)
    return jwt(r, {'jti': sid + '-1780000000', 'iss': sid, 'sub': 'AC' + hx(r, 32), 'exp': 1780003600,
                   'grants': {'identity': r.choice(USERS), 'video': {'room': r.choice(PROJ)}}}, extra_hdr={'cty': 'twilio-fpa;v=1'})
def hms_jwt(r):
    return jwt(r, {'access_key': hx(r, 24), 'type': 'management', 'version': 2, 'jti': uuid4(r), 'iat': 1780000000, 'exp': 1780086400})
def supa_jwt(r):
    return jwt(r, {'iss': 'supabase', 'ref': an(r, 20, string.ascii_lowercase), 'role': 'service_role', 'iat': 1760000000, 'exp': 2075000000})
def centri_jwt(r):
    return jwt(r, {'sub': str(r.randint(1000, 99999)), 'exp': 1790000000 + r.randint(0, 99999), 'channels': ['news']})
def mercure_jwt(r):
    return jwt(r, {'mercure': {'publish': ['*'], 'subscribe': ['https://%s/books/{id}' % r.choice(HOSTS)]}})
def whereby_jwt(r):
    return jwt(r, {'appId': an(r, 8, LAN), 'type': 'accessToken', 'iat': 1770000000}, alg='RS256', siglen=342)
def jaas_jwt(r):
    return jwt(r, {'aud': 'jitsi', 'iss': 'chat', 'sub': 'vpaas-magic-cookie-' + hx(r, 32), 'room': '*',
                   'context': {'user': {'moderator': 'true', 'name': r.choice(USERS)}}}, alg='RS256',
               extra_hdr={'kid': 'vpaas-magic-cookie-%s/%s' % (hx(r, 32), hx(r, 6))}, siglen=342)
def zoom_sdk_jwt(r):
    return jwt(r, {'appKey': an(r, 22), 'tpc': r.choice(PROJ), 'role_type': 1, 'version': 1, 'iat': 1780000000, 'exp': 1780007200})
def nats_jwt(r):
    return jwt(r, {'jti': an(r, 52, UAN), 'iss': 'A' + an(r, 55, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), 'name': r.choice(USERS),
                   'nats': {'pub': {}, 'sub': {}, 'type': 'user', 'version': 2}}, alg='ed25519-nkey', siglen=86)
def crc16(data):
    crc = 0
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return crc
def nkey_seed(r):
    # prefix byte for seed 'S' (18<<3) and user 'U' (20<<3); 32 random bytes; CRC16-XMODEM little-endian
    b1 = (18 << 3) | ((20 << 3) >> 5); b2 = ((20 << 3) & 31) << 3
    raw = bytes([b1, b2]) + bytes(r.getrandbits(8) for _ in range(32))
    raw += struct.pack('<H', crc16(raw))
    return base64.b32encode(raw).decode().rstrip('=')
def firebase_fcm(r):
    return an(r, 11, AL + '-_') + ':APA91b' + an(r, 134, AL + '-_')
def aws_secret(r): return an(r, 40, AL + '/+')
def azure_conn(r, svc):
    return 'Endpoint=https://%s.%s.net;AccessKey=%s;Version=1.0;' % (r.choice(PROJ), svc, b64bytes(r, 32))
def ivs_stream(r): return 'sk_us-west-2_' + an(r, 36)
def convex(r): return 'prod:' + r.choice(['happy', 'brave', 'calm', 'quiet']) + '-' + r.choice(['otter', 'falcon', 'lynx']) + '-' + str(r.randint(100, 999)) + '|' + hx(r, 80)

V = [
 ('livekit_cloud_agent_dispatch_jwt', 'LIVEKIT_AGENT_TOKEN', lambda r: jwt(r, {'video': {'agent': True, 'roomAdmin': True}, 'iss': 'API' + an(r, 12), 'exp': 1790000000})),
 ('livekit_egress_s3_upload_secret', 'EGRESS_S3_SECRET', aws_secret),
 ('agora_rtc_token_v006', 'AGORA_RTC_TOKEN', agora006),
 ('agora_accesstoken2_v007', 'AGORA_TOKEN', agora007),
 ('agora_cloud_recording_oss_secret', 'AGORA_RECORDING_STORAGE_SECRET', lambda r: an(r, 30)),
 ('agora_chat_app_certificate_secret', 'AGORA_CHAT_APP_CERT', lambda r: hx(r, 32)),
 ('daily_room_owner_token_eyj', 'DAILY_ROOM_TOKEN', lambda r: jwt(r, {'r': r.choice(PROJ), 'o': True, 'ejt': True, 'd': uuid4(r)})),
 ('daily_webhook_hmac_secret_b64', 'DAILY_WEBHOOK_SECRET', lambda r: b64bytes(r, 32)),
 ('twilio_video_access_token_fpa', 'TWILIO_VIDEO_TOKEN', twilio_jwt),
 ('twilio_api_key_sid_sk', 'TWILIO_API_KEY', lambda r: 'SK' + hx(r, 32)),
 ('twilio_network_traversal_token_pwd', 'TWILIO_NTS_CREDENTIAL', lambda r: b64bytes(r, 33)),
 ('vonage_video_opentok_session_t1', 'OPENTOK_TOKEN', opentok),
 ('vonage_video_project_api_secret', 'OPENTOK_API_SECRET', lambda r: hx(r, 40)),
 ('hundredms_management_token_jwt', 'HMS_MANAGEMENT_TOKEN', hms_jwt),
 ('hundredms_app_secret_value', 'HMS_APP_SECRET', lambda r: an(r, 64, AL + '-_')),
 ('whereby_embedded_api_key_jwt', 'WHEREBY_API_KEY', whereby_jwt),
 ('jaas_8x8_signed_room_jwt', 'JAAS_JWT', jaas_jwt),
 ('zoom_video_sdk_session_jwt', 'ZOOM_SDK_JWT', zoom_sdk_jwt),
 ('zoom_video_sdk_secret_value', 'ZOOM_VIDEO_SDK_SECRET', lambda r: an(r, 36)),
 ('zoom_s2s_oauth_client_secret', 'ZOOM_CLIENT_SECRET', lambda r: an(r, 32)),
 ('videosdk_live_secret_key', 'VIDEOSDK_SECRET_KEY', lambda r: hx(r, 64)),
 ('dyte_org_api_key_uuid', 'DYTE_API_KEY', lambda r: hx(r, 20)),
 ('digital_samba_developer_key', 'DIGITAL_SAMBA_DEVELOPER_KEY', lambda r: an(r, 48)),
 ('mux_access_token_secret', 'MUX_TOKEN_SECRET', lambda r: an(r, 75, AL + '/+')),
 ('mux_signing_key_private_b64', 'MUX_SIGNING_PRIVATE_KEY', lambda r: b64bytes(r, 90)),
 ('amazon_ivs_stream_key_sk', 'IVS_STREAM_KEY', ivs_stream),
 ('cloudflare_calls_app_secret', 'CALLS_APP_SECRET', lambda r: hx(r, 64)),
 ('cloudflare_turn_key_api_token', 'CF_TURN_KEY_API_TOKEN', lambda r: hx(r, 64)),
 ('cloudflare_stream_live_input_key', 'CF_STREAM_RTMPS_KEY', lambda r: hx(r, 32) + 'k' + hx(r, 32)),
 ('metered_turn_app_api_key', 'METERED_API_KEY', lambda r: hx(r, 38)),
 ('xirsys_channel_secret_uuid', 'XIRSYS_SECRET', uuid4),
 ('millicast_publish_token_hex', 'MILLICAST_PUBLISH_TOKEN', lambda r: hx(r, 64)),
 ('millicast_api_secret_value', 'MILLICAST_API_SECRET', lambda r: an(r, 64)),
 ('ant_media_rest_jwt_secret', 'ANT_MEDIA_JWT_SECRET', lambda r: an(r, 32)),
 ('wowza_streaming_cloud_access_key', 'WSC_ACCESS_KEY', lambda r: an(r, 64)),
 ('red5_pro_cluster_api_token', 'RED5_API_TOKEN', lambda r: an(r, 24)),
 ('bandwidth_webrtc_api_password', 'BW_PASSWORD', owner_password),
 ('telnyx_v2_api_key', 'TELNYX_API_KEY', lambda r: 'KEY0' + hx(r, 32).upper() + '_' + an(r, 22)),
 ('signalwire_project_api_token', 'SIGNALWIRE_TOKEN', lambda r: 'PT' + hx(r, 48)),
 ('plivo_account_auth_token', 'PLIVO_AUTH_TOKEN', lambda r: an(r, 40)),
 ('getstream_video_api_secret', 'STREAM_VIDEO_SECRET', lambda r: an(r, 64, LAN)),
 ('sendbird_calls_app_api_token', 'SENDBIRD_CALLS_TOKEN', lambda r: hx(r, 40)),
 ('ably_token_request_mac_key', 'ABLY_SUBSCRIBE_KEY', lambda r: an(r, 6) + '.' + an(r, 6) + ':' + an(r, 43, AL + '-_')),
 ('ably_control_api_access_token', 'ABLY_ACCOUNT_TOKEN', lambda r: an(r, 43, AL + '-_')),
 ('pusher_beams_secret_key', 'BEAMS_SECRET_KEY', lambda r: hx(r, 64).upper()),
 ('pubnub_access_manager_grant_token', 'PUBNUB_PAM_TOKEN', lambda r: 'qEF2AkF0Gm' + an(r, 150, AL + '-_')),
 ('centrifugo_http_api_key_uuid', 'CENTRIFUGO_HTTP_API_KEY', uuid4),
 ('centrifugo_admin_secret_value', 'CENTRIFUGO_ADMIN_SECRET', uuid4),
 ('centrifugo_connection_jwt', 'CENTRIFUGO_CONN_TOKEN', centri_jwt),
 ('mercure_publisher_bearer_jwt', 'MERCURE_PUBLISH_TOKEN', mercure_jwt),
 ('azure_signalr_connection_string', 'Azure__SignalR__ConnectionString', lambda r: azure_conn(r, 'service.signalr')),
 ('azure_web_pubsub_connection_string', 'WEB_PUBSUB_CONNECTION_STRING', lambda r: azure_conn(r, 'webpubsub.azure')),
 ('azure_communication_services_conn', 'ACS_CONNECTION_STRING', lambda r: 'endpoint=https://%s.communication.azure.com/;accesskey=%s' % (r.choice(PROJ), b64bytes(r, 64))),
 ('azure_speech_subscription_key', 'SPEECH_KEY', lambda r: hx(r, 32)),
 ('soketi_app_secret_value', 'SOKETI_DEFAULT_APP_SECRET', lambda r: an(r, 32)),
 ('laravel_reverb_app_secret', 'REVERB_APP_SECRET', lambda r: an(r, 20, LAN)),
 ('phoenix_secret_key_base_64b', 'SECRET_KEY_BASE', lambda r: an(r, 64, AL + '+/')),
 ('rails_action_cable_master_key', 'RAILS_MASTER_KEY', lambda r: hx(r, 32)),
 ('piesocket_api_secret_value', 'PIESOCKET_SECRET', lambda r: an(r, 40)),
 ('liveblocks_secret_key_sk_prod', 'LIVEBLOCKS_SECRET_KEY', lambda r: 'sk_prod_' + an(r, 64, AL + '_-')),
 ('partykit_deploy_token_value', 'PARTYKIT_TOKEN', lambda r: 'pk_' + an(r, 40)),
 ('convex_production_deploy_key', 'CONVEX_DEPLOY_KEY', convex),
 ('supabase_service_role_jwt', 'SUPABASE_SERVICE_ROLE_KEY', supa_jwt),
 ('supabase_management_token_sbp', 'SUPABASE_ACCESS_TOKEN', lambda r: 'sbp_' + hx(r, 40)),
 ('firebase_rtdb_legacy_db_secret', 'FIREBASE_DATABASE_SECRET', lambda r: an(r, 40)),
 ('firebase_fcm_legacy_server_key', 'FCM_SERVER_KEY', firebase_fcm),
 ('hivemq_cloud_client_password', 'HIVEMQ_PASSWORD', owner_password),
 ('emqx_cloud_api_app_secret', 'EMQX_APP_SECRET', lambda r: an(r, 48)),
 ('aws_iot_core_secret_access_key', 'AWS_SECRET_ACCESS_KEY', aws_secret),
 ('aws_access_key_id_akia', 'AWS_ACCESS_KEY_ID', lambda r: 'AKIA' + an(r, 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')),
 ('nats_user_nkey_seed_su', 'NATS_NKEY_SEED', nkey_seed),
 ('nats_user_jwt_creds', 'NATS_USER_JWT', nats_jwt),
 ('synadia_cloud_api_token', 'SYNADIA_TOKEN', lambda r: 'uat_' + an(r, 64)),
 ('upstash_redis_rest_token', 'UPSTASH_REDIS_REST_TOKEN', lambda r: 'A' + an(r, 5, UAN) + 'AAIjcDE' + an(r, 64, AL)),
 ('redis_cloud_account_secret_key', 'REDISCLOUD_SECRET_KEY', lambda r: an(r, 48, LAN)),
 ('solace_pubsub_messaging_password', 'SOLACE_PASSWORD', owner_password),
 ('fanout_pushpin_grip_key_b64', 'GRIP_KEY', lambda r: 'base64:' + b64bytes(r, 32)),
 ('groq_api_key_gsk', 'GROQ_API_KEY', lambda r: 'gsk_' + an(r, 52)),
 ('cartesia_tts_api_key_sk_car', 'CARTESIA_API_KEY', lambda r: 'sk_car_' + an(r, 24)),
 ('replicate_api_token_r8', 'REPLICATE_API_TOKEN', lambda r: 'r8_' + an(r, 37)),
 ('huggingface_user_token_hf', 'HF_TOKEN', lambda r: 'hf_' + an(r, 34, string.ascii_letters)),
 ('perplexity_api_key_pplx', 'PERPLEXITY_API_KEY', lambda r: 'pplx-' + an(r, 48)),
 ('fireworks_ai_api_key_fw', 'FIREWORKS_API_KEY', lambda r: 'fw_' + an(r, 24)),
 ('xai_grok_api_key', 'XAI_API_KEY', lambda r: 'xai-' + an(r, 80)),
 ('openrouter_api_key_v1', 'OPENROUTER_API_KEY', lambda r: 'sk-or-v1-' + hx(r, 64)),
 ('mistral_api_key_value', 'MISTRAL_API_KEY', lambda r: an(r, 32)),
 ('cohere_production_api_key', 'COHERE_API_KEY', lambda r: an(r, 40)),
 ('speechmatics_realtime_api_key', 'SPEECHMATICS_API_KEY', lambda r: an(r, 32)),
 ('gladia_stt_api_key_uuid', 'GLADIA_API_KEY', uuid4),
 ('google_gemini_live_api_key', 'GEMINI_API_KEY', lambda r: 'AIza' + an(r, 35, AL + '-_')),
 ('stripe_restricted_key_rk_live', 'STRIPE_RESTRICTED_KEY', lambda r: 'rk_live_' + an(r, 99)),
 ('stripe_webhook_signing_whsec', 'STRIPE_WEBHOOK_SECRET', lambda r: 'whsec_' + an(r, 32)),
 ('sendgrid_mail_api_key_sg', 'SENDGRID_API_KEY', lambda r: 'SG.' + an(r, 22, AL + '-_') + '.' + an(r, 43, AL + '-_')),
 ('shopify_admin_access_shpat', 'SHOPIFY_ADMIN_TOKEN', lambda r: 'shpat_' + hx(r, 32)),
 ('hubspot_private_app_pat_na1', 'HUBSPOT_TOKEN', lambda r: 'pat-na1-' + uuid4(r)),
 ('notion_internal_integration_ntn', 'NOTION_TOKEN', lambda r: 'ntn_' + an(r, 46)),
 ('airtable_personal_access_pat', 'AIRTABLE_PAT', lambda r: 'pat' + an(r, 14) + '.' + hx(r, 64)),
 ('figma_personal_token_figd', 'FIGMA_TOKEN', lambda r: 'figd_' + an(r, 40, AL + '-_')),
 ('linear_personal_api_key', 'LINEAR_API_KEY', lambda r: 'lin_api_' + an(r, 40)),
 ('dropbox_short_lived_sl_token', 'DROPBOX_TOKEN', lambda r: 'sl.' + an(r, 135, AL + '-_')),
 ('square_production_access_eaaa', 'SQUARE_ACCESS_TOKEN', lambda r: 'EAAA' + an(r, 60, AL + '-_')),
 ('planetscale_db_password_pscale', 'PLANETSCALE_PASSWORD', lambda r: 'pscale_pw_' + an(r, 43, AL + '_')),
 ('neon_database_api_key', 'NEON_API_KEY', lambda r: an(r, 64, LAN)),
 ('mapbox_secret_access_sk', 'MAPBOX_SECRET_TOKEN', lambda r: 'sk.eyJ1Ijoi' + an(r, 60, AL) + '.' + an(r, 22, AL + '-_')),
 ('algolia_admin_api_key', 'ALGOLIA_ADMIN_KEY', lambda r: hx(r, 32)),
 ('hashicorp_vault_service_hvs', 'VAULT_TOKEN', lambda r: 'hvs.' + an(r, 24)),
 ('grafana_cloud_access_policy_glc', 'GRAFANA_CLOUD_TOKEN', lambda r: 'glc_' + an(r, 80, AL + '=')),
 ('grafana_service_account_glsa', 'GRAFANA_SA_TOKEN', lambda r: 'glsa_' + an(r, 32) + '_' + hx(r, 8)),
 ('newrelic_user_key_nrak', 'NEW_RELIC_API_KEY', lambda r: 'NRAK-' + an(r, 27, UAN)),
 ('datadog_api_key_hex32', 'DD_API_KEY', lambda r: hx(r, 32)),
 ('honeycomb_ingest_key_hcaik', 'HONEYCOMB_API_KEY', lambda r: 'hcaik_' + an(r, 58, LAN)),
 ('cloudinary_api_url_with_secret', 'CLOUDINARY_URL', lambda r: 'cloudinary://%d:%s@%s' % (r.randint(10**14, 10**15 - 1), an(r, 27, AL + '-_'), r.choice(PROJ))),
 ('posthog_personal_api_key_phx', 'POSTHOG_PERSONAL_API_KEY', lambda r: 'phx_' + an(r, 43)),
 ('sentry_org_auth_token_sntrys', 'SENTRY_AUTH_TOKEN', lambda r: 'sntrys_' + an(r, 100, AL + '+/')),
 ('digitalocean_personal_dop', 'DIGITALOCEAN_TOKEN', lambda r: 'dop_v1_' + hx(r, 64)),
 ('hetzner_cloud_api_token', 'HCLOUD_TOKEN', lambda r: an(r, 64)),
 ('linode_personal_access_token', 'LINODE_TOKEN', lambda r: hx(r, 64)),
 ('vultr_api_key_upper', 'VULTR_API_KEY', lambda r: an(r, 36, UAN)),
 ('tailscale_auth_key_tskey', 'TS_AUTHKEY', lambda r: 'tskey-auth-' + an(r, 17) + 'CNTRL-' + an(r, 33)),
 ('ngrok_agent_authtoken', 'NGROK_AUTHTOKEN', lambda r: an(r, 27) + '_' + an(r, 21)),
 ('cloudflare_tunnel_token_eyj', 'TUNNEL_TOKEN', lambda r: base64.b64encode(('{"a":"%s","t":"%s","s":"%s"}' % (hx(r, 32), uuid4(r), b64bytes(r, 32))).encode()).decode()),
]

STYLES = [
 ('agents_worker_dotenv_file', '# agent worker .env\nLIVEKIT_URL=wss://{H}\n{K}={V}\n'),
 ('media_stack_compose_override', 'services:\n  api:\n    environment:\n      {K}: "{V}"\n'),
 ('token_service_go_setenv', 'func init() {\n\tos.Setenv("{K}", "{V}") // local only, remove before merge\n}\n'),
 ('node_realtime_config_module', "module.exports = {\n  signalUrl: 'wss://{H}',\n  {kc}: '{V}',\n};\n"),
 ('python_media_worker_settings', 'SIGNAL_HOST = "{H}"\n{K} = "{V}"\n'),
 ('fly_secrets_import_heredoc', 'fly secrets import -a {P} <<EOF\n{K}={V}\nEOF\n'),
 ('secrets_download_json_paste', '{\n  "SIGNAL_HOST": "{H}",\n  "{K}": "{V}"\n}\n'),
 ('laravel_broadcasting_dotenv', 'BROADCAST_CONNECTION=reverb\nAPP_URL=https://{H}\n{K}={V}\n'),
 ('dotnet_user_secrets_set_cli', '> dotnet user-secrets set "{K}" "{V}"\nSuccessfully saved {K} to the secret store.\n'),
 ('spring_realtime_properties_line', 'realtime.signal-host={H}\nrealtime.{kd}={V}\n'),
 ('rails_credentials_edit_dump', 'realtime:\n  host: {H}\n  {k}: {V}\n'),
 ('pairing_call_chat_paste', '[10:42] {U}: just use mine for now -> {K}={V}\n[10:43] {U}: I rotate it tonight\n'),
]

def generate(used):
    r = random.Random(9702)
    out = []
    for i, (t, env, g) in enumerate(V):
        sname, tpl = STYLES[i % len(STYLES)]
        while True:
            v = g(r)
            if v not in used:
                break
        used.add(v)
        text, s = fill(r, tpl, env, v)
        out.append({'type': t, 'container': t + '__' + sname, 'text': text,
                    'secrets': [{'value': v, 'start': s, 'end': s + len(v), 'type': t}], 'source': 'vendor'})
    return out

"""Vendor source: 120 vendor credential types used by balloon / skydive / paragliding operator developers."""
import base64, json, random
from common210 import *

def A(alpha, n, pre='', post=''):
    return lambda r: pre + rs(r, alpha, n) + post

def g_uuid(pre=''):
    return lambda r: pre + uuid4(r)

def g_owner(r):
    return owner_password(r)

def g_rapidapi(r):
    return rs(r, HEXL, 10) + 'msh' + rs(r, HEXL, 13) + 'p1' + rs(r, HEXL, 7) + 'jsn' + rs(r, HEXL, 12)

def g_intercom(r):
    return base64.b64encode(('tok:' + uuid4(r) + ':1:0').encode()).decode()

def g_discord_bot(r):
    uid = str(r.randint(10**17, 10**18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip('=') + '.' + rs(r, B64URL, 6) + '.' + rs(r, B64URL, 38)

def g_slack_hook(r):
    return 'https://hooks.slack.com/services/T' + rs(r, ALNUM_U, 10) + '/B' + rs(r, ALNUM_U, 10) + '/' + rs(r, B62, 24)

def g_gchat_hook(r):
    return ('https://chat.googleapis.com/v1/spaces/AAAA' + rs(r, B64URL, 7) + '/messages?key=AIzaSy' + rs(r, B64URL, 33)
            + '&token=' + rs(r, B64URL, 43) + '%3D')

def g_openai_proj(r):
    return 'sk-proj-' + rs(r, B64URL, 74) + 'T3BlbkFJ' + rs(r, B64URL, 74)

def g_cesium(r):
    return jwt_hs(r, 'HS256', {'jti': uuid4(r), 'id': r.randint(100000, 399999), 'iat': 1730000000 + r.randint(0, 9000000)})

def g_front(r):
    return jwt_hs(r, 'HS256', {'scopes': ['shared:*', 'private:*'], 'iat': 1731000000 + r.randint(0, 9000000),
                               'iss': 'front', 'sub': rs(r, HEXL, 20), 'jti': rs(r, HEXL, 16)})

def g_metoffice(r):
    return jwt_rs_shape(r, 'RS256', {'sub': 'dzops@skyward-balloons.example', 'iss': 'https://api-manager.metoffice.cloud',
                                     'application': {'owner': 'dzops', 'name': 'WindBoard', 'id': r.randint(1000, 9999)},
                                     'iat': 1732000000 + r.randint(0, 9000000), 'jti': uuid4(r)})

def g_ttn(r):
    up = UPP + '234567'
    return 'NNSXS.' + rs(r, up, 39) + '.' + rs(r, up, 52)

def g_ably(r):
    return rs(r, B62, 6) + '.' + rs(r, B62, 6) + ':' + rs(r, B64URL, 43)

def g_fly(r):
    return 'fm2_' + base64.b64encode(rbytes(r, 96)).decode()

def g_1p(r):
    j = {'signInAddress': 'my.1password.eu', 'userAuth': {'method': 'SRPg-4096', 'alg': 'PBES2g-HS256', 'iterations': 650000,
         'salt': b64u(rbytes(r, 16))}, 'email': rs(r, LOW, 26) + '@1passwordserviceaccounts.eu',
         'srpX': rbytes(r, 32).hex(), 'muk': {'alg': 'A256GCM', 'ext': True, 'k': b64u(rbytes(r, 32)), 'key_ops': ['encrypt', 'decrypt'],
         'kty': 'oct', 'kid': 'mp'}, 'deviceUuid': rs(r, ALNUM_L, 26)}
    return 'ops_' + base64.b64encode(json.dumps(j, separators=(',', ':')).encode()).decode().rstrip('=')

def g_azure_storage(r):
    return base64.b64encode(rbytes(r, 64)).decode()

def g_aws_secret(r):
    return base64.b64encode(rbytes(r, 30)).decode()

def g_b2(r):
    return 'K00' + rs(r, B62 + '+/', 28)[:28]

# (type, status, shape, generator, neighbour)  neighbour = (key words, generator) – public id, left unlabelled
S = 'read'; B = 'believed'; G = 'guessed'; O = 'owner'
VENDORS = [
    ('stripe_live_secret_key', S, '`sk_live_51` + 97 alphanumerics', A(B62, 97, 'sk_live_51'), None),
    ('gocardless_live_access_token', S, '`live_` + 40 base64url', A(B64URL, 40, 'live_'), None),
    ('razorpay_key_secret', B, '24 alphanumerics', A(B62, 24), (['razorpay', 'key', 'id'], A(B62, 14, 'rzp_live_'))),
    ('flutterwave_live_secret_key', B, '`FLWSECK-` + 32 lower-case hex + `-X`', A(HEXL, 32, 'FLWSECK-', '-X'), None),
    ('paystack_live_secret_key', B, '`sk_live_` + 40 lower-case hex', A(HEXL, 40, 'sk_live_'), None),
    ('zettle_oauth_client_secret', G, '`IZSEC` + UUIDv4', g_uuid('IZSEC'), (['zettle', 'client', 'id'], g_uuid())),
    ('authorize_net_transaction_key', B, '16 alphanumerics', A(B62, 16), (['authnet', 'api', 'login', 'id'], A(B62, 10))),
    ('squarespace_commerce_api_key', S, 'UUIDv4', g_uuid(), None),
    ('gumroad_oauth_access_token', G, '43 base64url', A(B64URL, 43), None),
    ('xero_oauth_client_secret', B, '48 base64url', A(B64URL, 48), (['xero', 'client', 'id'], A(HEXU, 32))),
    ('quickbooks_oauth_client_secret', B, '40 alphanumerics', A(B62, 40), (['qbo', 'client', 'id'], A(B62, 48, 'AB'))),
    ('shopify_admin_api_access_token', S, '`shpat_` + 32 lower-case hex', A(HEXL, 32, 'shpat_'), None),
    ('etsy_api_shared_secret', B, '10 lower-case alphanumerics', A(ALNUM_L, 10), (['etsy', 'keystring'], A(ALNUM_L, 24))),
    ('bokun_secret_key', G, '32 lower-case hex', A(HEXL, 32), (['bokun', 'access', 'key'], A(HEXL, 32))),
    ('peek_pro_api_key', G, '40 alphanumerics', A(B62, 40), None),
    ('xola_seller_api_key', G, '32 alphanumerics', A(B62, 32), None),
    ('trekksoft_oauth_client_secret', G, '40 lower-case hex', A(HEXL, 40), (['trekksoft', 'client', 'id'], A(HEXL, 20))),
    ('ventrata_api_token', G, 'UUIDv4', g_uuid(), None),
    ('zaui_api_token', G, '32 lower-case hex', A(HEXL, 32), None),
    ('rezgo_api_key', G, '20 upper-case alphanumerics', A(ALNUM_U, 20), (['rezgo', 'cid'], A(DIG, 5))),
    ('bookwhen_api_token', G, '24 lower-case alphanumerics', A(ALNUM_L, 24), None),
    ('acuity_scheduling_api_key', B, '32 lower-case hex', A(HEXL, 32), (['acuity', 'user', 'id'], A(DIG, 8))),
    ('simplybook_api_secret_key', G, '64 lower-case hex', A(HEXL, 64), (['simplybook', 'company', 'login'], lambda r: 'skywardballoons')),
    ('cal_com_live_api_key', B, '`cal_live_` + 32 lower-case hex', A(HEXL, 32, 'cal_live_'), None),
    ('smartwaiver_api_key', G, '32 lower-case alphanumerics', A(ALNUM_L, 32), None),
    ('waiverforever_api_key', G, '32 lower-case hex', A(HEXL, 32), None),
    ('waiversign_api_token', G, '40 alphanumerics', A(B62, 40), None),
    ('jotform_api_key', B, '32 lower-case hex', A(HEXL, 32), None),
    ('typeform_personal_access_token', S, '`tfp_` + 59 of `[A-Za-z0-9_-]`', A(B64URL, 59, 'tfp_'), None),
    ('airtable_personal_access_token', S, '`pat` + 14 alphanumerics + `.` + 64 lower-case hex',
     lambda r: 'pat' + rs(r, B62, 14) + '.' + rs(r, HEXL, 64), None),
    ('notion_internal_integration_token', S, '`ntn_` + 11 digits + 35 alphanumerics', lambda r: 'ntn_' + rs(r, DIG, 11) + rs(r, B62, 35), None),
    ('burble_manifest_api_key', G, '32 alphanumerics', A(B62, 32), (['burble', 'dropzone', 'id'], A(DIG, 3))),
    ('uspa_member_portal_password', O, 'owner-chosen', g_owner, (['uspa', 'member', 'number'], A(DIG, 6))),
    ('british_skydiving_portal_password', O, 'owner-chosen', g_owner, (['bs', 'membership', 'number'], A(DIG, 6))),
    ('bhpa_member_portal_password', O, 'owner-chosen', g_owner, (['bhpa', 'member', 'number'], A(DIG, 5))),
    ('bbac_member_portal_password', O, 'owner-chosen', g_owner, (['bbac', 'member', 'email'], lambda r: 'chiefpilot@skyward-balloons.example')),
    ('xcontest_account_password', O, 'owner-chosen', g_owner, (['xcontest', 'username'], lambda r: 'ridgelift_' + rs(r, LOW, 4))),
    ('garmin_inreach_mapshare_password', O, 'owner-chosen', g_owner, (['mapshare', 'id'], lambda r: 'RetrieveCrew' + rs(r, DIG, 2))),
    ('owntracks_recorder_http_password', O, 'owner-chosen', g_owner, (['owntracks', 'user'], lambda r: 'van' + rs(r, DIG, 1))),
    ('flightlogger_api_token', G, '40 lower-case hex', A(HEXL, 40), None),
    ('skysight_api_key', G, '32 alphanumerics', A(B62, 32), None),
    ('openaip_client_api_key', G, '32 lower-case hex', A(HEXL, 32), None),
    ('windy_point_forecast_api_key', G, '32 alphanumerics', A(B62, 32), None),
    ('openweathermap_api_key', B, '32 lower-case hex', A(HEXL, 32), None),
    ('meteoblue_api_key', G, '16 alphanumerics', A(B62, 16), None),
    ('tomorrow_io_api_key', B, '32 alphanumerics', A(B62, 32), None),
    ('visual_crossing_api_key', B, '25 upper-case alphanumerics', A(ALNUM_U, 25), None),
    ('weatherbit_api_key', B, '32 lower-case hex', A(HEXL, 32), None),
    ('stormglass_api_key', G, '40 lower-case hex + `-` + 40 lower-case hex', lambda r: rs(r, HEXL, 40) + '-' + rs(r, HEXL, 40), None),
    ('met_office_datahub_api_key', G, 'RS256-shaped JWT (real base64url JSON, 256 random signature bytes)', g_metoffice, None),
    ('weatherlink_v2_api_secret', G, '32 lower-case alphanumerics', A(ALNUM_L, 32), (['weatherlink', 'api', 'key'], A(ALNUM_L, 32))),
    ('ambient_weather_api_key', B, '64 lower-case hex', A(HEXL, 64), None),
    ('netatmo_oauth_client_secret', G, '30 alphanumerics', A(B62, 30), (['netatmo', 'client', 'id'], A(HEXL, 24))),
    ('tempest_weatherflow_personal_token', B, 'UUIDv4', g_uuid(), None),
    ('checkwx_api_key', G, '32 lower-case hex', A(HEXL, 32), None),
    ('avwx_api_token', G, '43 base64url', A(B64URL, 43), None),
    ('aviationstack_access_key', B, '32 lower-case hex', A(HEXL, 32), None),
    ('flightaware_aeroapi_key', B, '32 alphanumerics', A(B62, 32), None),
    ('opensky_network_client_secret', G, '32 alphanumerics', A(B62, 32), (['opensky', 'client', 'id'], lambda r: 'dzops-api-client')),
    ('adsbexchange_rapidapi_key', B, '50-character RapidAPI key (hex runs around `msh`, `p1`, `jsn`)', g_rapidapi, None),
    ('faa_notam_api_client_secret', G, '32 lower-case hex', A(HEXL, 32), (['notam', 'client', 'id'], A(HEXL, 32))),
    ('particle_cloud_access_token', B, '40 lower-case hex', A(HEXL, 40), None),
    ('ttn_application_api_key', B, '`NNSXS.` + 39 + `.` + 52 upper-case Base32', g_ttn, None),
    ('hologram_api_key', G, '32 alphanumerics', A(B62, 32), None),
    ('blues_notehub_client_secret', G, '64 lower-case hex', A(HEXL, 64), (['notehub', 'client', 'id'], g_uuid())),
    ('cesium_ion_access_token', B, 'HS256 JWT (real base64url JSON `jti` / `id`, real HMAC under a discarded key)', g_cesium, None),
    ('maptiler_api_key', B, '20 alphanumerics', A(B62, 20), None),
    ('thunderforest_api_key', B, '32 lower-case hex', A(HEXL, 32), None),
    ('stadia_maps_api_key', B, 'UUIDv4', g_uuid(), None),
    ('twilio_account_auth_token', B, '32 lower-case hex', A(HEXL, 32), (['twilio', 'account', 'sid'], A(HEXL, 32, 'AC'))),
    ('messagebird_live_access_key', S, '25 alphanumerics', A(B62, 25), None),
    ('telnyx_v2_api_key', B, '`KEY` + 32 upper-case hex + `_` + 22 alphanumerics', lambda r: 'KEY' + rs(r, HEXU, 32) + '_' + rs(r, B62, 22), None),
    ('clickatell_platform_api_key', G, '22 base64url', A(B64URL, 22), None),
    ('textmagic_api_key', G, '30 alphanumerics', A(B62, 30), (['textmagic', 'username'], lambda r: 'skywardops')),
    ('brevo_smtp_api_key', S, '`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics', lambda r: 'xkeysib-' + rs(r, HEXL, 64) + '-' + rs(r, B62, 16), None),
    ('mailgun_private_api_key', S, '`key-` + 32 lower-case hex', A(HEXL, 32, 'key-'), None),
    ('mailchimp_marketing_api_key', S, '32 lower-case hex + `-us` + 2 digits', lambda r: rs(r, HEXL, 32) + '-us' + rs(r, DIG, 2), None),
    ('pusher_channels_app_secret', B, '20 lower-case hex', A(HEXL, 20), (['pusher', 'app', 'key'], A(HEXL, 20))),
    ('ably_root_api_key', B, 'app id `.` key id `:` 43 base64url (whole key labelled)', g_ably, None),
    ('onesignal_rest_api_key', G, '`os_v2_app_` + 113 lower-case Base32', A(B32L, 113, 'os_v2_app_'), (['onesignal', 'app', 'id'], g_uuid())),
    ('expo_push_access_token', G, '40 base64url', A(B64URL, 40), None),
    ('intercom_app_access_token', B, 'standard Base64 of `tok:` + UUIDv4 + `:1:0` (60 characters)', g_intercom, None),
    ('freshdesk_agent_api_key', B, '20 alphanumerics', A(B62, 20), None),
    ('zendesk_api_token', S, '40 alphanumerics', A(B62, 40), (['zendesk', 'email'], lambda r: 'support@skyward-balloons.example/token')),
    ('front_api_token', B, 'HS256 JWT (real base64url JSON, real HMAC under a discarded key)', g_front, None),
    ('discord_bot_token', B, 'Base64 of an 18-digit id + `.` + 6 + `.` + 38 base64url', g_discord_bot, None),
    ('slack_bot_user_token', S, '`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics',
     lambda r: 'xoxb-' + rs(r, DIG, 12) + '-' + rs(r, DIG, 13) + '-' + rs(r, B62, 24), None),
    ('slack_incoming_webhook_url', S, 'whole `hooks.slack.com/services/T…/B…/…` URL', g_slack_hook, None),
    ('google_chat_space_webhook_url', B, 'whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL', g_gchat_hook, None),
    ('openai_project_api_key', S, '`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url', g_openai_proj, None),
    ('anthropic_api03_key', S, '`sk-ant-api03-` + 93 base64url + `AA`', lambda r: 'sk-ant-api03-' + rs(r, B64URL, 93) + 'AA', None),
    ('groq_api_key', B, '`gsk_` + 52 alphanumerics', A(B62, 52, 'gsk_'), None),
    ('perplexity_api_key', S, '`pplx-` + 48 alphanumerics', A(B62, 48, 'pplx-'), None),
    ('replicate_api_token', B, '`r8_` + 37 alphanumerics', A(B62, 37, 'r8_'), None),
    ('together_ai_api_key', G, '`tgp_v1_` + 43 base64url', A(B64URL, 43, 'tgp_v1_'), None),
    ('fireworks_ai_api_key', G, '`fw_` + 24 alphanumerics', A(B62, 24, 'fw_'), None),
    ('voyage_ai_api_key', G, '`pa-` + 43 base64url', A(B64URL, 43, 'pa-'), None),
    ('pinecone_api_key', G, '`pcsk_` + 6 alphanumerics + `_` + 63 alphanumerics', lambda r: 'pcsk_' + rs(r, B62, 6) + '_' + rs(r, B62, 63), None),
    ('langsmith_personal_api_key', B, '`lsv2_pt_` + 32 lower-case hex + `_` + 10 lower-case hex', lambda r: 'lsv2_pt_' + rs(r, HEXL, 32) + '_' + rs(r, HEXL, 10), None),
    ('google_gemini_api_key', S, '`AIza` + 35 base64url', A(B64URL, 35, 'AIza'), None),
    ('stability_ai_api_key', B, '`sk-` + 48 alphanumerics', A(B62, 48, 'sk-'), None),
    ('github_fine_grained_pat', S, '`github_pat_` + 22 alphanumerics + `_` + 59 alphanumerics', lambda r: 'github_pat_' + rs(r, B62, 22) + '_' + rs(r, B62, 59), None),
    ('gitlab_personal_access_token', S, '`glpat-` + 20 base64url', A(B64URL, 20, 'glpat-'), None),
    ('bitbucket_app_password', B, '`ATBB` + 28 alphanumerics + 8 upper-case hex', lambda r: 'ATBB' + rs(r, B62, 28) + rs(r, HEXU, 8), (['bitbucket', 'username'], lambda r: 'dzops-ci')),
    ('digitalocean_personal_access_token', S, '`dop_v1_` + 64 lower-case hex', A(HEXL, 64, 'dop_v1_'), None),
    ('hetzner_cloud_api_token', B, '64 alphanumerics', A(B62, 64), None),
    ('linode_personal_access_token', B, '64 lower-case hex', A(HEXL, 64), None),
    ('vercel_access_token', B, '24 alphanumerics', A(B62, 24), None),
    ('render_api_key', B, '`rnd_` + 32 alphanumerics', A(B62, 32, 'rnd_'), None),
    ('flyio_deploy_token', S, '`fm2_` + standard Base64 of 96 random bytes (128 characters)', g_fly, None),
    ('heroku_platform_api_key_v2', S, '`HRKU-AA` + 58 base64url', A(B64URL, 58, 'HRKU-AA'), None),
    ('pulumi_access_token', S, '`pul-` + 40 lower-case hex', A(HEXL, 40, 'pul-'), None),
    ('postman_api_key', S, '`PMAK-` + 24 lower-case hex + `-` + 34 lower-case hex', lambda r: 'PMAK-' + rs(r, HEXL, 24) + '-' + rs(r, HEXL, 34), None),
    ('circleci_personal_api_token', B, '`CCIPAT_` + 22 alphanumerics + `_` + 40 lower-case hex', lambda r: 'CCIPAT_' + rs(r, B62, 22) + '_' + rs(r, HEXL, 40), None),
    ('buildkite_user_api_token', B, '`bkua_` + 40 lower-case hex', A(HEXL, 40, 'bkua_'), None),
    ('sonarqube_project_analysis_token', S, '`sqp_` + 40 lower-case hex', A(HEXL, 40, 'sqp_'), None),
    ('snyk_api_token', S, 'UUIDv4', g_uuid(), None),
    ('sentry_user_auth_token', S, '`sntryu_` + 64 lower-case hex', A(HEXL, 64, 'sntryu_'), None),
    ('datadog_api_key', B, '32 lower-case hex', A(HEXL, 32), None),
    ('datadog_application_key', S, '40 lower-case hex', A(HEXL, 40), None),
    ('posthog_personal_api_key', B, '`phx_` + 47 alphanumerics', A(B62, 47, 'phx_'), None),
    ('rollbar_project_access_token', B, '32 lower-case hex', A(HEXL, 32), None),
    ('cloudflare_scoped_api_token', S, '40 of `[A-Za-z0-9_-]`', A(B64URL, 40), None),
    ('fastly_api_token', S, '32 base64url', A(B64URL, 32), None),
    ('aws_iam_secret_access_key', S, '40 standard Base64 (30 random bytes)', g_aws_secret, (['aws', 'access', 'key', 'id'], A(UPP + '234567', 16, 'AKIA'))),
    ('azure_storage_account_key', B, 'standard Base64 of 64 random bytes (88 characters)', g_azure_storage, (['azure', 'storage', 'account'], lambda r: 'dzopsbackups')),
    ('scaleway_secret_key', B, 'UUIDv4', g_uuid(), (['scw', 'access', 'key'], A(ALNUM_U, 17, 'SCW'))),
    ('backblaze_b2_application_key', B, '`K00` + 28 of the Base64 alphabet', g_b2, (['b2', 'key', 'id'], A(HEXL, 25))),
    ('onepassword_service_account_token', S, '`ops_` + unpadded standard Base64 of a JSON object (`signInAddress`, `userAuth`, `srpX`, `muk`, …)', g_1p, None),
    ('tailscale_api_access_token', B, '`tskey-api-` + 16 alphanumerics + `-` + 33 alphanumerics', lambda r: 'tskey-api-' + rs(r, B62, 16) + '-' + rs(r, B62, 33), None),
    ('hubspot_private_app_token', B, '`pat-eu1-` + UUIDv4', g_uuid('pat-eu1-'), None),
    ('box_oauth_client_secret', B, '32 alphanumerics', A(B62, 32), (['box', 'client', 'id'], A(ALNUM_L, 32))),
    ('vimeo_personal_access_token', B, '32 lower-case hex', A(HEXL, 32), None),
    ('artifactory_reference_token', S, '`cmVmd` + 59 alphanumerics', A(B62, 59, 'cmVmd'), None),
]

_DROP = {
    'zettle_oauth_client_secret': 'the `IZSEC` prefix is remembered, not checked, and card payments are covered by seven other providers',
    'gumroad_oauth_access_token': 'weak link to an operator (digital downloads), shape guessed',
    'etsy_api_shared_secret': 'weak link to an operator (marketplace shop), shape from memory',
    'waiversign_api_token': 'one more waiver service with a guessed shape (Smartwaiver and WaiverForever kept)',
    'hologram_api_key': 'one more IoT SIM service with a generic guessed shape (Particle, TTN and Notehub kept)',
    'clickatell_platform_api_key': 'one more SMS gateway with a guessed shape (Twilio, MessageBird, Telnyx, Textmagic kept)',
    'expo_push_access_token': 'shape guessed, mobile push is covered by OneSignal',
    'together_ai_api_key': 'prefix remembered, not checked; AI providers are well covered',
    'fireworks_ai_api_key': 'prefix and length guessed; AI providers are well covered',
    'stability_ai_api_key': '`sk-` + 48 collides in shape with older OpenAI keys; AI providers are well covered',
    'vercel_access_token': 'generic 24-alphanumeric shape, hosting is covered by Render, Fly.io, Heroku, DigitalOcean and Hetzner',
    'linode_personal_access_token': 'generic 64-hex shape, hosting is well covered',
    'rollbar_project_access_token': 'generic 32-hex shape, error tracking is covered by Sentry',
    'hubspot_private_app_token': 'CRM is a weak link for a small operator; the `pat-eu1-` layout is remembered, not checked',
}
VENDORS = [v for v in VENDORS if v[0] not in _DROP]

SET_ASIDE = [(k, why) for k, why in _DROP.items()] + [
    ('youtube_data_api_key', 'same `AIza` shape as the Gemini key already kept'),
    ('klarna_api_shared_secret', 'shape unknown to the builder, and payments are covered by eight other providers'),
    ('infisical_service_token', 'layout guessed from memory only; secret stores are covered by 1Password'),
    ('honeycomb_ingest_key', 'layout guessed from memory only; observability is covered by Datadog, Sentry, PostHog and Rollbar'),
    ('mux_token_secret', 'length guessed; video is covered by Vimeo'),
]

STYLES = [
    ('dz_api_dotenv_production', 'upper'),
    ('booking_worker_compose_environment_list', 'upper'),
    ('ops_doppler_secrets_set_history', 'upper'),
    ('ops_fly_secrets_set_history', 'upper'),
    ('wind_app_python_constants_module', 'upper'),
    ('logbook_app_kotlin_const_val', 'upper'),
    ('booking_app_typescript_config_object', 'camel'),
    ('voucher_app_php_define_calls', 'upper'),
    ('ops_terraform_variable_default', 'snake'),
    ('ops_vercel_env_add_history', 'upper'),
    ('crew_whatsapp_chat_paste', 'spaced'),
    ('office_outlook_mail_body', 'spaced'),
    ('ops_password_manager_item_view', 'title'),
    ('dz_ops_rails_credentials_yaml', 'snake'),
    ('manifest_app_go_const_block', 'pascal'),
    ('loft_app_csharp_appsettings_json', 'pascal'),
]

def vendor_words(t):
    return t.split('_')

def render(style, sw, nb, value_mark=MARK, rng=None):
    """sw: secret key words; nb: (words, value) or None"""
    st = dict(STYLES)[style]
    k = keyname(sw, st)
    nk = keyname(nb[0], st) if nb else None
    nv = nb[1] if nb else None
    V = value_mark
    if style == 'dz_api_dotenv_production':
        s = '# .env.production (dropzone API)\nNODE_ENV=production\n'
        if nb: s += f'{nk}={nv}\n'
        return s + f'{k}={V}\n'
    if style == 'booking_worker_compose_environment_list':
        s = 'services:\n  booking-worker:\n    image: dzops/booking-worker:2.4\n    environment:\n'
        if nb: s += f'      - {nk}={nv}\n'
        return s + f'      - {k}={V}\n'
    if style == 'ops_doppler_secrets_set_history':
        s = ' 1201  doppler setup --project dzops --config prd\n'
        if nb: s += f' 1202  doppler secrets set {nk}="{nv}"\n'
        n = 1203 if nb else 1202
        return s + f' {n}  doppler secrets set {k}="{V}"\n {n + 1}  doppler run -- npm start\n'
    if style == 'ops_fly_secrets_set_history':
        s = '$ fly secrets list -a wind-board\n'
        if nb: s += f'$ fly secrets set {nk}={nv} -a wind-board\n'
        return s + f'$ fly secrets set {k}={V} -a wind-board\nRelease v42 created\n'
    if style == 'wind_app_python_constants_module':
        s = '"""settings_local.py - do not commit"""\nDEBUG = False\n'
        if nb: s += f'{nk} = "{nv}"\n'
        return s + f'{k} = "{V}"\n'
    if style == 'logbook_app_kotlin_const_val':
        s = 'package flights.logbook.config\n\nobject Keys {\n'
        if nb: s += f'    const val {nk} = "{nv}"\n'
        return s + f'    const val {k} = "{V}"\n}}\n'
    if style == 'booking_app_typescript_config_object':
        s = 'export const config = {\n  region: "eu-west-2",\n'
        if nb: s += f'  {nk}: "{nv}",\n'
        return s + f'  {k}: "{V}",\n}} as const;\n'
    if style == 'voucher_app_php_define_calls':
        s = "<?php\n// voucher-app/config.php\ndefine('APP_ENV', 'production');\n"
        if nb: s += f"define('{nk}', '{nv}');\n"
        return s + f"define('{k}', '{V}');\n"
    if style == 'ops_terraform_variable_default':
        s = ''
        if nb: s += f'variable "{nk}" {{\n  type    = string\n  default = "{nv}"\n}}\n\n'
        return s + f'variable "{k}" {{\n  type      = string\n  sensitive = true\n  default   = "{V}"\n}}\n'
    if style == 'ops_vercel_env_add_history':
        s = '$ vercel link --yes\n'
        if nb: s += f'$ printf %s "{nv}" | vercel env add {nk} production\n'
        return s + f'$ printf %s "{V}" | vercel env add {k} production\nAdded Environment Variable {k} to Project booking-site\n'
    if style == 'crew_whatsapp_chat_paste':
        s = '14/06/2025, 18:02 - Jo (office): new account for the season is set up\n'
        if nb: s += f'14/06/2025, 18:03 - Jo (office): {nk} {nv}\n'
        return s + f'14/06/2025, 18:03 - Jo (office): {k} {V}\n14/06/2025, 18:05 - Sam (pilot): got it\n'
    if style == 'office_outlook_mail_body':
        s = 'Hi both,\n\nAs discussed on the ops call, here are the details for the integration.\n'
        if nb: s += f'{nk}: {nv}\n'
        return s + f'{k}: {V}\n\nPlease store them somewhere safe.\nKind regards,\nOffice\n'
    if style == 'ops_password_manager_item_view':
        s = 'Item: %s\nVault: DZ Ops\n' % ' '.join(w.capitalize() for w in sw[:2])
        if nb: s += f'{nk}: {nv}\n'
        return s + f'{k}: {V}\nLast Edited: 3 days ago\n'
    if style == 'dz_ops_rails_credentials_yaml':
        s = '# config/credentials.yml.enc (decrypted)\nsecret_key_base_rotation: pending\nintegrations:\n'
        if nb: s += f'  {nk}: {nv}\n'
        return s + f'  {k}: {V}\n'
    if style == 'manifest_app_go_const_block':
        s = 'package config\n\nconst (\n'
        if nb: s += f'\t{nk} = "{nv}"\n'
        return s + f'\t{k} = "{V}"\n)\n'
    if style == 'loft_app_csharp_appsettings_json':
        s = '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Integrations": {\n'
        if nb: s += f'    "{nk}": "{nv}",\n'
        return s + f'    "{k}": "{V}"\n  }}\n}}\n'
    raise ValueError(style)

def build(reg, start):
    rng = random.Random(21002)
    out = []
    assert len(VENDORS) == 120
    for i, (t, status, shape, gen, nb) in enumerate(VENDORS):
        style = STYLES[i % len(STYLES)][0]
        value = reg.draw(lambda: gen(rng))
        nbv = None
        if nb:
            nval = nb[1](rng)
            reg.add(nval)
            nbv = (nb[0], nval)
        tpl = render(style, vendor_words(t), nbv)
        out.append(rec('p210-s-%04d' % (start + i), t, t + '__' + style, tpl, value, 'vendor'))
    return out

"""Vendor token types (cinema world and beyond), each in a realistic container style."""
import random
from gen148 import *
U = UP + DIG

def jwt(r, payload_keys):
    h = jpart({'alg': 'HS256', 'typ': 'JWT'})
    p = jpart(payload_keys(r))
    return h + '.' + p + '.' + b64u(r, 32)

C = [  # (type, generator)
 # cinema world (shapes guessed unless noted in README)
 ('vistaentertainment_connect_api_token', lambda r: hx(r, 32)),
 ('veezi_access_token', lambda r: s(r, 26, LOW + DIG)),
 ('movio_marketing_api_key', lambda r: uid(r)),
 ('omniterm_ticketing_api_key', lambda r: s(r, 32, U)),
 ('rtstheatre_pos_api_key', lambda r: hx(r, 24)),
 ('jackroe_cinema_web_key', lambda r: s(r, 40)),
 ('admitone_api_secret', lambda r: b64(r, 30)),
 ('fandango_partner_api_key', lambda r: s(r, 24, LOW + DIG)),
 ('fandango_partner_shared_secret', lambda r: s(r, 10)),
 ('atomtickets_partner_secret', lambda r: hx(r, 48)),
 ('movietickets_affiliate_key', lambda r: uid(r).upper()),
 ('gracenote_onconnect_api_key', lambda r: s(r, 24, LOW + DIG)),
 ('comscore_boxoffice_api_token', lambda r: s(r, 64)),
 ('dolby_ims_rest_token', lambda r: b64u(r, 32)),
 ('gdctechnology_sr1000_api_key', lambda r: hx(r, 32).upper()),
 ('barco_alchemy_api_token', lambda r: s(r, 32)),
 ('christie_cinema_ims_key', lambda r: hx(r, 40)),
 ('nec_digital_cinema_api_key', lambda r: s(r, 20, U)),
 ('qubecinema_qubewire_api_key', lambda r: 'qw_' + s(r, 40)),
 ('motionpicturesolutions_delivery_token', lambda r: uid(r)),
 ('cinedigm_distribution_api_token', lambda r: hx(r, 64)),
 ('ymagis_eclair_api_key', lambda r: s(r, 36)),
 ('artsalliancemedia_screenwriter_token', lambda r: b64(r, 24)),
 ('uniquex_leonis_api_key', lambda r: s(r, 30, LOW + DIG)),
 ('tmdb_api_read_access_token', lambda r: jwt(r, lambda r: {'aud': hx(r, 32), 'nbf': 1700000000 + r.randrange(10**7), 'sub': hx(r, 24), 'scopes': ['api_read'], 'version': 1})),
 ('tmdb_v3_api_key', lambda r: hx(r, 32)),
 ('omdb_api_key', lambda r: hx(r, 8)),
 ('trakt_client_secret', lambda r: hx(r, 64)),
 ('justwatch_partner_token', lambda r: s(r, 32)),
 ('letterboxd_api_secret', lambda r: hx(r, 40)),
 ('screenvision_media_api_key', lambda r: s(r, 28)),
 ('ncm_noovie_partner_key', lambda r: hx(r, 32)),
 ('filmbankmedia_licensing_token', lambda r: s(r, 48)),
 ('festivalpro_api_key', lambda r: s(r, 32, LOW + DIG)),
 ('filmfreeway_api_token', lambda r: s(r, 40, LOW + DIG)),
 ('cinemanext_theatre_api_key', lambda r: uid(r)),
 # concessions / payments
 ('adyen_api_key', lambda r: 'AQE' + s(r, 4) + '.' + 'AQEyhmfxK4' + s(r, 40) + '-' + b64u(r, 33) + '-' + s(r, 16)),
 ('adyen_notification_hmac_key', lambda r: hx(r, 64).upper()),
 ('worldpay_service_key', lambda r: 'L_S_' + uid(r)),
 ('checkoutcom_secret_key', lambda r: 'sk_' + s(r, 26, LOW + DIG)),
 ('mollie_live_api_key', lambda r: 'live_' + s(r, 30)),
 ('razorpay_key_secret', lambda r: s(r, 24)),
 ('paystack_live_secret_key', lambda r: 'sk_live_' + hx(r, 40)),
 ('flutterwave_secret_key', lambda r: 'FLWSECK-' + hx(r, 32) + '-X'),
 ('paypal_rest_client_secret', lambda r: 'E' + s(r, 79, ALNUM + '-_')),
 ('gocardless_live_access_token', lambda r: 'live_' + s(r, 40, ALNUM + '-_')),
 ('ncrvoyix_aloha_secret_key', lambda r: hx(r, 32)),
 ('oracle_micros_simphony_client_secret', lambda r: b64(r, 32)),
 ('revel_pos_api_secret', lambda r: hx(r, 64)),
 ('parbrink_access_token', lambda r: b64(r, 24)),
 ('olo_ordering_api_key', lambda r: s(r, 32, U)),
 # AI
 ('anthropic_api_key', lambda r: 'sk-ant-api03-' + s(r, 93, ALNUM + '-_') + 'AA'),
 ('cohere_api_key', lambda r: s(r, 40)),
 ('mistral_api_key', lambda r: s(r, 32)),
 ('deepseek_api_key', lambda r: 'sk-' + hx(r, 32)),
 ('elevenlabs_api_key', lambda r: 'sk_' + hx(r, 48)),
 ('assemblyai_api_key', lambda r: hx(r, 32)),
 ('deepgram_api_key', lambda r: hx(r, 40)),
 # developer tooling
 ('postman_api_key', lambda r: 'PMAK-' + hx(r, 24) + '-' + hx(r, 34)),
 ('npm_access_token', lambda r: 'npm_' + s(r, 36)),
 ('pypi_upload_token', lambda r: 'pypi-AgEIcHlwaS5vcmc' + b64u(r, 60)),
 ('rubygems_api_key', lambda r: 'rubygems_' + hx(r, 48)),
 ('nuget_api_key', lambda r: 'oy2' + s(r, 43, LOW + DIG)),
 ('dockerhub_personal_access_token', lambda r: 'dckr_pat_' + s(r, 27, ALNUM + '-_')),
 ('tailscale_api_access_token', lambda r: 'tskey-api-' + s(r, 17) + '-' + s(r, 33)),
 ('newrelic_user_api_key', lambda r: 'NRAK-' + s(r, 27, U)),
 ('newrelic_ingest_license_key', lambda r: hx(r, 36) + 'NRAL'),
 ('circleci_personal_api_token', lambda r: 'CCIPAT_' + s(r, 22) + '_' + hx(r, 40)),
 ('buildkite_api_access_token', lambda r: 'bkua_' + hx(r, 40)),
 ('sonarcloud_user_token', lambda r: 'squ_' + hx(r, 40)),
 ('snyk_api_token', lambda r: uid(r)),
 ('codecov_upload_token', lambda r: uid(r)),
 ('pulumi_access_token', lambda r: 'pul-' + hx(r, 40)),
 ('bitwarden_machine_account_token', lambda r: '0.' + uid(r) + '.' + s(r, 30) + ':' + b64(r, 16)),
 ('akeyless_access_key', lambda r: b64(r, 30)),
 # cloud / data
 ('alibabacloud_accesskey_secret', lambda r: s(r, 30)),
 ('mapbox_secret_access_token', lambda r: 'sk.' + jpart({'u': 'roxycinemas', 'a': s(r, 25, LOW + DIG)}) + '.' + b64u(r, 16)),
 ('supabase_service_role_key', lambda r: jwt(r, lambda r: {'iss': 'supabase', 'ref': s(r, 20, LOW), 'role': 'service_role', 'iat': 1700000000 + r.randrange(10**7), 'exp': 2000000000 + r.randrange(10**7)})),
 ('supabase_management_access_token', lambda r: 'sbp_' + hx(r, 40)),
 ('planetscale_service_token', lambda r: 'pscale_tkn_' + s(r, 43, ALNUM + '-_')),
 ('neon_api_key', lambda r: 'napi_' + s(r, 64, LOW + DIG)),
 ('upstash_redis_rest_token', lambda r: 'A' + s(r, 3, U) + 'ASQgM' + b64u(r, 45)),
 ('vercel_access_token', lambda r: s(r, 24)),
 ('render_api_key', lambda r: 'rnd_' + s(r, 32)),
 ('railway_api_token', lambda r: uid(r)),
 ('linode_personal_access_token', lambda r: hx(r, 64)),
 ('vultr_api_key', lambda r: s(r, 36, U)),
 ('hetzner_cloud_api_token', lambda r: s(r, 64)),
 ('scaleway_secret_key', lambda r: uid(r)),
 ('ovhcloud_application_secret', lambda r: s(r, 32)),
 ('confluent_cloud_api_secret', lambda r: s(r, 64, ALNUM + '+/')),
 ('mongodb_atlas_private_api_key', lambda r: uid(r)),
 ('cloudinary_api_secret', lambda r: s(r, 27, ALNUM + '-_')),
 ('bunnynet_api_access_key', lambda r: uid(r) + '-' + uid(r)[:18]),
 ('fastly_api_token', lambda r: s(r, 32, ALNUM + '-_')),
 ('akamai_edgegrid_client_secret', lambda r: b64(r, 32)),
 # observability / analytics
 ('rollbar_project_access_token', lambda r: hx(r, 32)),
 ('bugsnag_data_access_token', lambda r: uid(r)),
 ('splunk_hec_token', lambda r: uid(r).upper()),
 ('sumologic_access_key', lambda r: s(r, 64)),
 ('logzio_shipping_token', lambda r: s(r, 32, UP + LOW)),
 ('mixpanel_service_account_secret', lambda r: s(r, 32)),
 ('amplitude_secret_key', lambda r: hx(r, 32)),
 ('braze_rest_api_key', lambda r: uid(r)),
 ('customerio_app_api_key', lambda r: hx(r, 32)),
 ('klaviyo_private_api_key', lambda r: 'pk_' + hx(r, 34)),
 # messaging / support / content
 ('twilio_auth_token', lambda r: hx(r, 32)),
 ('mailgun_private_api_key', lambda r: hx(r, 32) + '-' + hx(r, 8) + '-' + hx(r, 8)),
 ('postmark_server_token', lambda r: uid(r)),
 ('mailjet_secret_key', lambda r: hx(r, 32)),
 ('vonage_api_secret', lambda r: s(r, 16)),
 ('messagebird_access_key', lambda r: s(r, 25)),
 ('plivo_auth_token', lambda r: s(r, 40)),
 ('pusher_channels_app_secret', lambda r: hx(r, 20)),
 ('ably_root_api_key', lambda r: s(r, 6) + '.' + s(r, 6) + ':' + s(r, 43, ALNUM + '-_')),
 ('pubnub_secret_key', lambda r: 'sec-c-' + b64(r, 36)),
 ('zendesk_api_token', lambda r: s(r, 40)),
 ('freshdesk_api_key', lambda r: s(r, 20)),
 ('helpscout_app_secret', lambda r: s(r, 32)),
 ('clickup_personal_token', lambda r: 'pk_' + s(r, 8, DIG) + '_' + s(r, 32, U)),
 ('trello_api_token', lambda r: 'ATTA' + hx(r, 64) + hx(r, 8).upper()),
 ('smartsheet_access_token', lambda r: s(r, 37)),
 ('sanity_api_token', lambda r: 'sk' + s(r, 80)),
 ('contentstack_management_token', lambda r: 'cs' + hx(r, 32)),
 ('datocms_full_access_token', lambda r: hx(r, 30)),
 ('ghost_admin_api_key', lambda r: hx(r, 24) + ':' + hx(r, 64)),
 ('hcaptcha_secret_key', lambda r: '0x' + hx(r, 40).upper()),
 ('recaptcha_secret_key', lambda r: '6L' + s(r, 38, ALNUM + '-_')),
 ('facebook_app_secret', lambda r: hx(r, 32)),
 ('linkedin_client_secret', lambda r: 'WPL_AP1.' + s(r, 16) + '.' + b64(r, 6)),
 ('wise_api_token', lambda r: uid(r)),
 ('plaid_secret', lambda r: hx(r, 30)),
]

STYLES = [
 ('cinema_dotenv_staging', 'upper', '# .env.staging - roxy ticketing\nAPP_ENV=staging\n{K}={V}\nLOG_LEVEL=info'),
 ('booking_yaml_secrets_block', 'snake', 'secrets:\n  # rotated by the booking team\n  {K}: "{V}"\nfeatures:\n  seat_holds: true'),
 ('kiosk_csharp_appsettings_development', 'pascal', '{\n  "Kiosk": {\n    "Site": "0412",\n    "{K}": "{V}"\n  }\n}'),
 ('tms_go_const_block', 'camel', 'package tmsclient\n\nconst (\n\tsiteCode = "0412"\n\t{K} = "{V}"\n)'),
 ('ticketing_php_env_array', 'upper', "<?php\nreturn [\n    'APP_SITE' => '0412',\n    '{K}' => '{V}',\n];"),
 ('distributor_portal_kotlin_buildconfig', 'upper', 'android {\n    defaultConfig {\n        buildConfigField("String", "{K}", "\\"{V}\\"")\n    }\n}'),
 ('booth_tools_ruby_constant', 'upper', "module BoothTools\n  {K} = '{V}'.freeze\nend"),
 ('screen_ops_docker_compose_environment', 'upper', 'services:\n  screen-ops:\n    image: registry.example.com/screen-ops:4.2\n    environment:\n      - {K}={V}\n      - SITE=0412'),
 ('booking_team_mattermost_paste', 'spaced', 'Ronan Keane 3:14 PM\nfinally got it working, the {K} is {V} if anyone else needs to test the showtime sync'),
 ('kiosk_fleet_nomad_job_env', 'upper', 'task "kiosk-sync" {\n  driver = "docker"\n  env {\n    {K} = "{V}"\n  }\n}'),
]

def keyname(t, style):
    w = t.split('_')
    if style == 'upper': return t.upper()
    if style == 'snake': return t
    if style == 'pascal': return ''.join(x.capitalize() for x in w)
    if style == 'camel': return w[0] + ''.join(x.capitalize() for x in w[1:])
    if style == 'spaced': return ' '.join(w)
    raise ValueError(style)

def build(reg, skip_brand, cap=120):
    r = random.Random(14802)
    out, dropped = [], []
    for t, g in C:
        if skip_brand(t):
            dropped.append(t); continue
        if len(out) >= cap: continue
        st, kst, tpl = STYLES[len(out) % len(STYLES)]
        v = fresh(reg, r, g)
        text, a, b = place(tpl, v, K=keyname(t, kst))
        out.append(dict(type=t, container=t + '__' + st, text=text, secrets=[dict(value=v, start=a, end=b, type=t)], source='vendor'))
    return out, dropped, len(C)

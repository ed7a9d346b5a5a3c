"""Vendor token types of the civic-tech world and beyond, each in a realistic container style."""
import random, string
from common129 import *

A = string.ascii_letters + string.digits
UPN = string.ascii_uppercase + string.digits
LOW = string.ascii_lowercase + string.digits


def _notify(r, name):
    return name + '-' + uuid4(r) + '-' + uuid4(r)


def _fgpat(r):
    return 'github_pat_' + rs(r, UPN, 1) + rs(r, A, 21) + '_' + rs(r, A, 59)


def _ghu(r):
    body = rs(r, A, 30)
    return 'ghu_' + body + b62_crc(body)


def T():
    return [
        # civic / open-government vendors (shapes mostly guessed, see README)
        ('ckan_api_token_jwt', 'CKAN_API_TOKEN', lambda r: jwt(r, {'jti': b64(r, 32, url=True, pad=False), 'iat': 1730000000 + r.randint(0, 9 ** 7)})),
        ('ckan_legacy_user_apikey_uuid', 'CKAN_APIKEY', uuid4),
        ('socrata_app_token', 'SOCRATA_APP_TOKEN', lambda r: rs(r, A, 25)),
        ('socrata_api_key_secret', 'SOCRATA_KEY_SECRET', lambda r: rs(r, LOW, 50)),
        ('tyler_data_insights_oauth_secret', 'TYLER_DI_CLIENT_SECRET', lambda r: rs(r, A, 48)),
        ('arcgis_location_api_key_aapk', 'ARCGIS_API_KEY', lambda r: 'AAPK' + hexs(r, 32) + rs(r, A + '-_', 64)),
        ('arcgis_online_app_client_secret', 'AGOL_CLIENT_SECRET', lambda r: hexs(r, 32)),
        ('govuk_notify_live_api_key', 'NOTIFY_API_KEY', lambda r: _notify(r, 'live_key_permits')),
        ('govuk_notify_team_api_key', 'NOTIFY_TEAM_KEY', lambda r: _notify(r, 'team_key_dev')),
        ('gc_notify_canada_api_key', 'GC_NOTIFY_API_KEY', lambda r: 'gcntfy-' + _notify(r, 'city_311')),
        ('notify_gov_us_api_key', 'NOTIFY_GOV_KEY', lambda r: _notify(r, 'water_alerts')),
        ('govuk_pay_live_api_key', 'PAY_API_KEY', lambda r: 'api_live_' + rs(r, LOW, 26) + rs(r, LOW, 32)),
        ('govdelivery_granicus_api_token', 'GOVDELIVERY_TOKEN', lambda r: rs(r, A, 32)),
        ('granicus_legistar_webapi_token', 'LEGISTAR_TOKEN', lambda r: rs(r, A, 40)),
        ('primegov_agenda_api_key', 'PRIMEGOV_API_KEY', lambda r: hexs(r, 40)),
        ('escribe_meetings_api_secret', 'ESCRIBE_SECRET', lambda r: b64(r, 30)),
        ('civicplus_agenda_center_key', 'CIVICPLUS_KEY', uuid4),
        ('boarddocs_export_token', 'BOARDDOCS_TOKEN', lambda r: rs(r, UPN, 32)),
        ('seeclickfix_oauth_client_secret', 'SCF_CLIENT_SECRET', lambda r: hexs(r, 64)),
        ('open311_georeport_api_key', 'OPEN311_API_KEY', lambda r: rs(r, A, 32)),
        ('publicstuff_partner_key', 'PUBLICSTUFF_KEY', lambda r: hexs(r, 40)),
        ('accela_construct_app_secret', 'ACCELA_APP_SECRET', lambda r: hexs(r, 32)),
        ('tyler_energov_api_secret', 'ENERGOV_API_SECRET', lambda r: b64(r, 48)),
        ('opengov_permitting_api_key', 'OPENGOV_API_KEY', lambda r: 'og_live_' + rs(r, A, 40)),
        ('clariti_permits_token', 'CLARITI_TOKEN', lambda r: rs(r, A, 44)),
        ('cityworks_service_token', 'CITYWORKS_TOKEN', lambda r: b64(r, 60)),
        ('citygrows_api_key', 'CITYGROWS_API_KEY', lambda r: 'cg_' + rs(r, A, 36)),
        ('camino_permits_api_token', 'CAMINO_TOKEN', lambda r: rs(r, LOW, 48)),
        ('decidim_oauth_app_client_secret', 'DECIDIM_OAUTH_SECRET', lambda r: rs(r, A + '-_', 43)),
        ('govocal_citizenlab_api_secret', 'GOVOCAL_SECRET', lambda r: hexs(r, 64)),
        ('engagementhq_api_token', 'EHQ_TOKEN', lambda r: rs(r, A, 40)),
        ('changeorg_partner_api_key', 'CHANGEORG_API_KEY', lambda r: hexs(r, 64)),
        ('api_data_gov_key', 'API_DATA_GOV_KEY', lambda r: rs(r, A, 40)),
        ('census_data_api_key', 'CENSUS_API_KEY', lambda r: hexs(r, 40)),
        ('openstates_api_key', 'OPENSTATES_API_KEY', uuid4),
        ('propublica_congress_api_key', 'PROPUBLICA_API_KEY', lambda r: rs(r, A, 40)),
        ('logingov_private_key_jwt_assertion', 'LOGINGOV_CLIENT_ASSERTION', lambda r: jwt(r, {'iss': 'urn:gov:gsa:openidconnect.profiles:sp:sso:city:permits', 'aud': 'https://secure.login.gov/api/openid_connect/token', 'jti': hexs(r, 32)}, 'RS256')),
        ('idme_oauth_client_secret', 'IDME_CLIENT_SECRET', lambda r: hexs(r, 32)),
        ('docusign_integration_secret', 'DOCUSIGN_SECRET_KEY', uuid4),
        ('paymentus_api_secret', 'PAYMENTUS_SECRET', lambda r: rs(r, A, 64)),
        ('authorizenet_transaction_key', 'AUTHNET_TRANSACTION_KEY', lambda r: rs(r, A, 16)),
        ('paypal_rest_client_secret', 'PAYPAL_CLIENT_SECRET', lambda r: 'E' + rs(r, A + '-_', 79)),
        ('everbridge_api_password', 'EVERBRIDGE_PASSWORD', owner_pw),
        ('rave_alert_api_secret', 'RAVE_API_SECRET', lambda r: hexs(r, 48)),
        ('onesignal_rest_api_key_v2', 'ONESIGNAL_REST_KEY', lambda r: 'os_v2_app_' + rs(r, 'abcdefghijklmnopqrstuvwxyz234567', 113)),
        ('expo_push_access_token', 'EXPO_ACCESS_TOKEN', lambda r: rs(r, A + '_', 40)),
        ('pusher_channels_app_secret', 'PUSHER_APP_SECRET', lambda r: hexs(r, 20)),
        ('smarty_auth_token', 'SMARTY_AUTH_TOKEN', lambda r: rs(r, A, 20)),
        ('geocodio_api_key', 'GEOCODIO_API_KEY', lambda r: hexs(r, 39)),
        ('here_platform_api_key', 'HERE_API_KEY', lambda r: rs(r, A + '-_', 43)),
        ('carto_api_key', 'CARTO_API_KEY', lambda r: hexs(r, 40)),
        ('maptiler_cloud_key', 'MAPTILER_KEY', lambda r: rs(r, A, 20)),
        ('opencage_geocoder_key', 'OPENCAGE_KEY', lambda r: hexs(r, 32)),
        ('google_maps_server_key_aiza', 'GOOGLE_MAPS_SERVER_KEY', lambda r: 'AIza' + rs(r, A + '-_', 35)),
        ('google_oauth_client_secret_gocspx', 'GOOGLE_CLIENT_SECRET', lambda r: 'GOCSPX-' + rs(r, A + '-_', 28)),
        ('deepl_api_auth_key_free', 'DEEPL_AUTH_KEY', lambda r: uuid4(r) + ':fx'),
        ('zoom_s2s_oauth_client_secret', 'ZOOM_CLIENT_SECRET', lambda r: rs(r, A, 32)),
        ('swagit_video_api_key', 'SWAGIT_API_KEY', lambda r: hexs(r, 32)),
        ('youtube_live_stream_key', 'YT_STREAM_KEY', lambda r: '-'.join(rs(r, LOW, 4) for _ in range(5))),
        ('salesforce_connected_app_consumer_secret', 'SF_CONSUMER_SECRET', lambda r: rs(r, string.digits + 'ABCDEF', 64)),
        ('dynamics365_client_secret_tilde', 'D365_CLIENT_SECRET', lambda r: rs(r, A, 3) + '8Q~' + rs(r, A + '~_.-', 34)),
        ('box_jwt_app_client_secret', 'BOX_CLIENT_SECRET', lambda r: rs(r, A, 32)),
        ('smartsheet_access_token', 'SMARTSHEET_TOKEN', lambda r: rs(r, A, 37)),
        ('airtable_pat_dotted', 'AIRTABLE_PAT', lambda r: 'pat' + rs(r, A, 14) + '.' + hexs(r, 64)),
        ('mailgun_private_key_prefixed', 'MAILGUN_API_KEY', lambda r: 'key-' + hexs(r, 32)),
        ('mailchimp_marketing_key_dc', 'MAILCHIMP_API_KEY', lambda r: hexs(r, 32) + '-us' + str(r.randint(2, 21))),
        ('postmark_server_token', 'POSTMARK_SERVER_TOKEN', uuid4),
        ('sparkpost_api_key', 'SPARKPOST_API_KEY', lambda r: hexs(r, 40)),
        ('telnyx_api_key_v2', 'TELNYX_API_KEY', lambda r: 'KEY0' + rs(r, string.digits + 'ABCDEF', 28) + '_' + rs(r, A, 22)),
        ('plivo_auth_token', 'PLIVO_AUTH_TOKEN', lambda r: rs(r, A, 40)),
        ('messagebird_access_key', 'MESSAGEBIRD_ACCESS_KEY', lambda r: rs(r, A, 25)),
        ('sinch_service_plan_token', 'SINCH_API_TOKEN', lambda r: hexs(r, 32)),
        ('github_user_to_server_token_ghu', 'GH_APP_USER_TOKEN', _ghu),
        ('github_fine_grained_pat', 'GH_FINE_GRAINED_PAT', _fgpat),
        ('npm_automation_token', 'NPM_TOKEN', lambda r: 'npm_' + rs(r, A, 36)),
        ('pypi_upload_token', 'PYPI_TOKEN', lambda r: 'pypi-AgEIcHlwaS5vcmc' + rs(r, A + '-_', 70)),
        ('rubygems_api_key', 'GEM_HOST_API_KEY', lambda r: 'rubygems_' + hexs(r, 48)),
        ('doppler_personal_token', 'DOPPLER_TOKEN', lambda r: 'dp.pt.' + rs(r, A, 43)),
        ('sentry_user_auth_token', 'SENTRY_AUTH_TOKEN', lambda r: 'sntryu_' + hexs(r, 64)),
        ('newrelic_user_api_key', 'NEW_RELIC_API_KEY', lambda r: 'NRAK-' + rs(r, UPN, 27)),
        ('datadog_application_key', 'DD_APP_KEY', lambda r: hexs(r, 40)),
        ('dynatrace_api_token', 'DT_API_TOKEN', lambda r: 'dt0c01.' + rs(r, UPN, 24) + '.' + rs(r, UPN, 64)),
        ('digitalocean_pat_v1', 'DIGITALOCEAN_TOKEN', lambda r: 'dop_v1_' + hexs(r, 64)),
        ('linode_personal_token', 'LINODE_TOKEN', lambda r: hexs(r, 64)),
        ('netlify_personal_token_nfp', 'NETLIFY_AUTH_TOKEN', lambda r: 'nfp_' + rs(r, A, 36)),
        ('render_api_key_rnd', 'RENDER_API_KEY', lambda r: 'rnd_' + rs(r, A, 32)),
        ('planetscale_password_pscale', 'DATABASE_PASSWORD', lambda r: 'pscale_pw_' + rs(r, A + '_', 43)),
        ('neon_api_key_napi', 'NEON_API_KEY', lambda r: 'napi_' + rs(r, LOW, 64)),
        ('atlassian_api_token_atatt', 'JIRA_API_TOKEN', lambda r: 'ATATT3xFfGF0' + rs(r, A + '-_', 170) + '=' + rs(r, string.digits + 'ABCDEF', 8)),
        ('bitbucket_app_password_atbb', 'BITBUCKET_APP_PASSWORD', lambda r: 'ATBB' + rs(r, A, 32)),
        ('sonarqube_user_token_squ', 'SONAR_TOKEN', lambda r: 'squ_' + hexs(r, 40)),
        ('buildkite_agent_api_token_bkua', 'BUILDKITE_API_TOKEN', lambda r: 'bkua_' + hexs(r, 40)),
        ('pulumi_access_token_pul', 'PULUMI_ACCESS_TOKEN', lambda r: 'pul-' + hexs(r, 40)),
        ('snyk_api_token_uuid', 'SNYK_TOKEN', uuid4),
        ('codecov_upload_token', 'CODECOV_TOKEN', uuid4),
        ('cloudflare_api_token_40', 'CLOUDFLARE_API_TOKEN', lambda r: rs(r, A + '-_', 40)),
        ('fastly_api_token', 'FASTLY_API_TOKEN', lambda r: rs(r, A + '-_', 32)),
        ('rollbar_server_token', 'ROLLBAR_ACCESS_TOKEN', lambda r: hexs(r, 32)),
        ('honeycomb_ingest_key', 'HONEYCOMB_API_KEY', lambda r: 'hcaik_' + rs(r, LOW, 58)),
        ('anthropic_api_key_sk_ant', 'ANTHROPIC_API_KEY', lambda r: 'sk-ant-api03-' + rs(r, A + '-_', 93) + 'AA'),
        ('openai_project_key_sk_proj', 'OPENAI_API_KEY', lambda r: 'sk-proj-' + rs(r, A + '-_', 124) + 'T3BlbkFJ' + rs(r, A + '-_', 24)),
        ('cohere_api_key', 'COHERE_API_KEY', lambda r: rs(r, A, 40)),
        ('deepgram_api_key', 'DEEPGRAM_API_KEY', lambda r: hexs(r, 40)),
        ('assemblyai_api_key', 'ASSEMBLYAI_API_KEY', lambda r: hexs(r, 32)),
        ('elevenlabs_api_key_sk', 'ELEVENLABS_API_KEY', lambda r: 'sk_' + hexs(r, 48)),
        ('together_ai_api_key', 'TOGETHER_API_KEY', lambda r: 'tgp_v1_' + rs(r, A + '-_', 43)),
        ('voyage_ai_api_key_pa', 'VOYAGE_API_KEY', lambda r: 'pa-' + rs(r, A + '-_', 43)),
        ('clickup_personal_token_pk', 'CLICKUP_TOKEN', lambda r: 'pk_' + str(r.randint(10 ** 7, 10 ** 8 - 1)) + '_' + rs(r, UPN, 32)),
        ('monday_api_token_jwt', 'MONDAY_API_TOKEN', lambda r: jwt(r, {'tid': r.randint(10 ** 8, 10 ** 9), 'aai': 11, 'uid': r.randint(10 ** 7, 10 ** 8), 'rgn': 'use1'})),
        ('trello_api_secret', 'TRELLO_SECRET', lambda r: hexs(r, 64)),
        ('zapier_nla_api_key', 'ZAPIER_NLA_KEY', lambda r: 'sk-ak-' + rs(r, A, 32)),
        ('typesense_admin_api_key', 'TYPESENSE_API_KEY', lambda r: rs(r, A, 32)),
        ('meilisearch_master_key', 'MEILI_MASTER_KEY', lambda r: rs(r, A + '-_', 44)),
        ('launchdarkly_api_access_token', 'LD_ACCESS_TOKEN', lambda r: 'api-' + uuid4(r)),
        ('mongodb_atlas_private_api_key', 'ATLAS_PRIVATE_KEY', uuid4),
        ('upstash_redis_rest_token', 'UPSTASH_REDIS_REST_TOKEN', lambda r: 'A' + rs(r, A, 59) + '='),
        ('scaleway_secret_key', 'SCW_SECRET_KEY', uuid4),
        ('hetzner_cloud_api_token', 'HCLOUD_TOKEN', lambda r: rs(r, A, 64)),
        ('ovh_application_secret', 'OVH_APPLICATION_SECRET', lambda r: rs(r, LOW, 32)),
        ('backblaze_b2_application_key', 'B2_APPLICATION_KEY', lambda r: 'K00' + rs(r, A + '+/', 28)),
        ('wasabi_secret_key', 'WASABI_SECRET_KEY', lambda r: rs(r, A, 40)),
        ('cloudinary_api_secret', 'CLOUDINARY_API_SECRET', lambda r: rs(r, A + '-_', 27)),
        ('uploadcare_secret_key', 'UPLOADCARE_SECRET_KEY', lambda r: hexs(r, 20)),
        ('recaptcha_secret_key', 'RECAPTCHA_SECRET_KEY', lambda r: '6L' + rs(r, A + '-_', 38)),
        ('hcaptcha_secret_key', 'HCAPTCHA_SECRET', lambda r: 'ES_' + hexs(r, 32)),
        ('turnstile_secret_key', 'TURNSTILE_SECRET_KEY', lambda r: '0x4AAAAAAA' + rs(r, A + '-_', 24)),
        ('mapillary_client_access_token', 'MAPILLARY_TOKEN', lambda r: 'MLY|' + str(r.randint(10 ** 15, 10 ** 16 - 1)) + '|' + hexs(r, 32)),
        ('mastodon_app_access_token', 'MASTODON_ACCESS_TOKEN', lambda r: rs(r, A + '-_', 43)),
        ('bluesky_app_password_grouped', 'BSKY_APP_PASSWORD', lambda r: '-'.join(rs(r, string.ascii_lowercase + string.digits, 4) for _ in range(4))),
        ('ifttt_webhooks_service_key', 'IFTTT_WEBHOOK_KEY', lambda r: rs(r, A + '-_', 22)),
        ('osm_oauth2_client_secret', 'OSM_CLIENT_SECRET', lambda r: rs(r, A + '-_', 43)),
        ('transitland_api_key', 'TRANSITLAND_API_KEY', lambda r: rs(r, A, 32)),
        ('mobilitydata_catalog_refresh_token', 'MOBILITY_REFRESH_TOKEN', lambda r: rs(r, A + '-_', 64)),
        ('mux_video_token_secret', 'MUX_TOKEN_SECRET', lambda r: b64(r, 57)),
    ]


STYLES = [
    ('civic_portal_dotenv_staging', lambda k: '# .env.staging (open data portal)\nAPP_ENV=staging\n' + k + '=\x00\nLOG_LEVEL=info\n'),
    ('permit_service_systemd_environment_line', lambda k: '[Service]\nUser=permits\nEnvironment="' + k + '=\x00"\nExecStart=/opt/permits/bin/server\n'),
    ('agenda_app_fly_secrets_import_stdin', lambda k: '$ fly secrets import -a agenda-sync <<EOF\n' + k + '=\x00\nEOF\n'),
    ('intake_worker_docker_run_e_flag', lambda k: 'docker run -d --name intake-worker -e ' + k + '=\x00 ghcr.io/example-city/intake:1.14\n'),
    ('opendata_gitlab_ci_variables_block', lambda k: 'harvest:\n  stage: sync\n  variables:\n    ' + k + ': "\x00"\n  script: ./harvest.sh\n'),
    ('civic_app_ios_info_plist_string', lambda k: '<key>' + k + '</key>\n<string>\x00</string>\n<key>CFBundleDisplayName</key>\n<string>City Services</string>\n'),
    ('petition_backend_go_const_block', lambda k: 'package config\n\nconst (\n\t' + ''.join(p.capitalize() for p in k.lower().split('_')) + ' = "\x00"\n\tRegion = "us-east-2"\n)\n'),
    ('council_bot_elixir_runtime_exs', lambda k: 'import Config\nconfig :council_bot, ' + k.lower() + ': "\x00"\n'),
    ('notify_ops_teams_chat_paste_line', lambda k: '[Teams, #digital-services] Sam: rotating tonight, current ' + k + ' is \x00 until then\n'),
    ('permits_ansible_host_vars_yaml', lambda k: '---\n' + k.lower() + ': "\x00"\npermits_http_port: 8443\n'),
]


def generate(seed=12902, deny_names=()):
    rng = random.Random(seed)
    out, dropped = [], []
    types = []
    for t in T():
        (dropped if t[0].lower() in deny_names else types).append(t)
    for i, (t, key, g) in enumerate(types):
        sname, sf = STYLES[i % len(STYLES)]
        v = g(rng)
        text, s, e = place(sf(key), v)
        out.append({'type': t, 'container': t + '__' + sname, 'text': text, 'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'vendor'})
    return out, [d[0] for d in dropped]

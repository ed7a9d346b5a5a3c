"""Vendor token records: drone-world vendors and beyond, each in a realistic container."""
import random
from gen147 import *

A = ALNUM
UH = '0123456789ABCDEF'


def _asana(r):
    return '2/' + s(r, DIG, 16) + '/' + s(r, DIG, 16) + ':' + hexs(r, 32)


def _mailchimp(r):
    return hexs(r, 32) + '-us' + str(r.randint(2, 21))


def _cesium(r):
    return jwt(r, {'jti': uuid4(r), 'id': r.randint(100000, 999999)})


def _npm(r):
    body = s(r, A, 30)
    return 'npm_' + body + crc32_b62(r, body)


def _pypi(r):
    return 'pypi-AgEIcHlwaS5vcmc' + s(r, A + '-_', 70)


def _doppler(r):
    return 'dp.st.prd.' + s(r, A, 43)


def _tailscale(r):
    return 'tskey-auth-' + s(r, A, 12) + 'CNTRL-' + s(r, A, 33)


# (type, brand word, key name, generator)
V = [
    ('dji_cloudapi_app_key', 'dji', 'dji_app_key', lambda r: hexs(r, 32)),
    ('dji_cloudapi_app_license', 'dji', 'dji_app_license', lambda r: b64(r, 96)),
    ('skydio_cloud_api_token', 'skydio', 'skydio_api_token', lambda r: hexs(r, 64)),
    ('parrot_skycontroller_cloud_key', 'parrot', 'parrot_cloud_key', lambda r: s(r, A, 40)),
    ('auterion_suite_api_key', 'auterion', 'auterion_api_key', lambda r: 'aut_' + s(r, A, 40)),
    ('dronedeploy_api_key', 'dronedeploy', 'dronedeploy_api_key', lambda r: s(r, A, 32)),
    ('pix4d_cloud_client_secret', 'pix4d', 'pix4d_client_secret', lambda r: s(r, A, 64)),
    ('propelleraero_api_token', 'propelleraero', 'propeller_api_token', lambda r: s(r, A + '-_', 48)),
    ('arcgis_location_platform_api_key', 'arcgis', 'arcgis_api_key', lambda r: 'AAPK' + hexs(r, 32) + s(r, A + '-_', 64)),
    ('airdata_uav_api_key', 'airdata', 'airdata_api_key', lambda r: hexs(r, 32)),
    ('aloft_air_control_api_key', 'aloft', 'aloft_api_key', lambda r: s(r, A, 40)),
    ('altitudeangel_client_secret', 'altitudeangel', 'altitude_angel_client_secret', lambda r: s(r, A, 44)),
    ('unifly_utm_client_secret', 'unifly', 'unifly_client_secret', lambda r: uuid4(r)),
    ('flytbase_api_token', 'flytbase', 'flytbase_token', lambda r: s(r, A, 64)),
    ('dronelink_api_key', 'dronelink', 'dronelink_key', lambda r: s(r, A, 32)),
    ('ugcs_server_api_token', 'ugcs', 'ugcs_api_token', lambda r: hexs(r, 40)),
    ('hammermissions_api_key', 'hammermissions', 'hammer_api_key', lambda r: s(r, A, 36)),
    ('dronelogbook_api_key', 'dronelogbook', 'dronelogbook_api_key', lambda r: hexs(r, 40)),
    ('percepto_aim_api_token', 'percepto', 'percepto_token', lambda r: s(r, A, 48)),
    ('zipline_platform_partner_secret', 'zipline', 'zipline_partner_secret', lambda r: 'zps_' + s(r, A, 40)),
    ('matternet_cloud_api_key', 'matternet', 'matternet_api_key', lambda r: hexs(r, 48)),
    ('wingaviation_partner_api_key', 'wingaviation', 'wing_partner_api_key', lambda r: s(r, A, 39)),
    ('cesium_ion_access_token', 'cesium', 'cesium_ion_token', _cesium),
    ('planetlabs_api_key', 'planetlabs', 'pl_api_key', lambda r: 'PLAK' + hexs(r, 32)),
    ('nearmap_api_key', 'nearmap', 'nearmap_api_key', lambda r: s(r, A, 64)),
    ('eagleview_client_secret', 'eagleview', 'eagleview_client_secret', lambda r: s(r, A, 40)),
    ('sentinelhub_oauth_client_secret', 'sentinelhub', 'sh_client_secret', lambda r: s(r, A, 40)),
    ('up42_project_api_key', 'up42', 'up42_project_api_key', lambda r: s(r, A, 44)),
    ('skywatch_earthcache_api_key', 'skywatch', 'skywatch_api_key', lambda r: uuid4(r)),
    ('heretech_location_api_key', 'heretech', 'here_api_key', lambda r: s(r, A + '-_', 43)),
    ('tomtom_maps_api_key', 'tomtom', 'tomtom_api_key', lambda r: s(r, A, 32)),
    ('what3words_api_key', 'what3words', 'w3w_api_key', lambda r: s(r, UP + DIG, 8)),
    ('mapillary_client_token', 'mapillary', 'mapillary_token', lambda r: 'MLY|' + s(r, DIG, 16) + '|' + hexs(r, 32)),
    ('maptiler_cloud_api_key', 'maptiler', 'maptiler_key', lambda r: s(r, A, 20)),
    ('stadiamaps_api_key', 'stadiamaps', 'stadia_api_key', lambda r: uuid4(r)),
    ('adsbexchange_rapidapi_key', 'adsbexchange', 'adsbx_api_key', lambda r: hexs(r, 50)),
    ('flightaware_aeroapi_key', 'flightaware', 'aeroapi_key', lambda r: s(r, A, 32)),
    ('openaip_client_id_key', 'openaip', 'openaip_api_key', lambda r: hexs(r, 32)),
    ('checkwx_api_key', 'checkwx', 'checkwx_api_key', lambda r: hexs(r, 26)),
    ('windy_point_forecast_key', 'windy', 'windy_api_key', lambda r: s(r, A, 32)),
    ('accuweather_api_key', 'accuweather', 'accuweather_api_key', lambda r: s(r, A, 32)),
    ('visualcrossing_api_key', 'visualcrossing', 'visualcrossing_key', lambda r: s(r, UP + DIG, 25)),
    ('stormglass_api_key', 'stormglass', 'stormglass_api_key', lambda r: hexs(r, 32) + '-' + hexs(r, 32)),
    ('foxglove_data_platform_key', 'foxglove', 'foxglove_api_key', lambda r: 'fox_sk_' + s(r, A, 32)),
    ('formant_service_account_password', 'formant', 'formant_service_password', lambda r: s(r, A, 32)),
    ('inorbit_api_key', 'inorbit', 'inorbit_api_key', lambda r: s(r, A, 24)),
    ('roboflow_private_api_key', 'roboflow', 'roboflow_api_key', lambda r: s(r, A, 20)),
    ('wandb_api_key', 'wandb', 'wandb_api_key', lambda r: hexs(r, 40)),
    ('cometml_api_key', 'cometml', 'comet_api_key', lambda r: s(r, A, 25)),
    ('clarifai_personal_access_token', 'clarifai', 'clarifai_pat', lambda r: hexs(r, 32)),
    ('labelbox_api_key', 'labelbox', 'labelbox_api_key', lambda r: jwt(r, {'userId': s(r, LOW + DIG, 25), 'organizationId': s(r, LOW + DIG, 25)})),
    ('particle_access_token', 'particle', 'particle_access_token', lambda r: hexs(r, 40)),
    ('soracom_auth_key_secret', 'soracom', 'soracom_auth_key', lambda r: 'secret-' + s(r, A, 64)),
    ('agora_app_certificate', 'agora', 'agora_app_certificate', lambda r: hexs(r, 32)),
    ('livekit_api_secret', 'livekit', 'livekit_api_secret', lambda r: s(r, A, 43)),
    ('millicast_publish_token', 'millicast', 'millicast_publish_token', lambda r: hexs(r, 64)),
    ('antmedia_rest_jwt_secret', 'antmedia', 'antmedia_jwt_secret', lambda r: s(r, A, 32)),
    ('anthropic_api_key', 'anthropic', 'anthropic_api_key', lambda r: 'sk-ant-api03-' + s(r, A + '-_', 93) + 'AA'),
    ('mistral_api_key', 'mistral', 'mistral_api_key', lambda r: s(r, A, 32)),
    ('cohere_api_key', 'cohere', 'co_api_key', lambda r: s(r, A, 40)),
    ('deepseek_api_key', 'deepseek', 'deepseek_api_key', lambda r: 'sk-' + hexs(r, 32)),
    ('fireworksai_api_key', 'fireworksai', 'fireworks_api_key', lambda r: 'fw_' + s(r, A, 24)),
    ('cerebras_api_key', 'cerebras', 'cerebras_api_key', lambda r: 'csk-' + s(r, LOW + DIG, 48)),
    ('voyageai_api_key', 'voyageai', 'voyage_api_key', lambda r: 'pa-' + s(r, A + '-_', 43)),
    ('jinaai_api_key', 'jinaai', 'jina_api_key', lambda r: 'jina_' + hexs(r, 32) + s(r, A, 28)),
    ('tavily_api_key', 'tavily', 'tavily_api_key', lambda r: 'tvly-' + s(r, A, 32)),
    ('elevenlabs_api_key', 'elevenlabs', 'elevenlabs_api_key', lambda r: 'sk_' + hexs(r, 48)),
    ('deepgram_api_key', 'deepgram', 'deepgram_api_key', lambda r: hexs(r, 40)),
    ('assemblyai_api_key', 'assemblyai', 'assemblyai_api_key', lambda r: hexs(r, 32)),
    ('circleci_personal_api_token', 'circleci', 'circle_token', lambda r: 'CCIPAT_' + s(r, A, 22) + '_' + hexs(r, 40)),
    ('buildkite_user_access_token', 'buildkite', 'buildkite_api_token', lambda r: 'bkua_' + hexs(r, 40)),
    ('codecov_upload_token', 'codecov', 'codecov_token', lambda r: uuid4(r)),
    ('doppler_service_token', 'doppler', 'doppler_token', _doppler),
    ('netlify_personal_access_token', 'netlify', 'netlify_auth_token', lambda r: 'nfp_' + s(r, A, 36)),
    ('render_api_key', 'render', 'render_api_key', lambda r: 'rnd_' + s(r, A, 28)),
    ('digitalocean_personal_access_token', 'digitalocean', 'digitalocean_token', lambda r: 'dop_v1_' + hexs(r, 64)),
    ('linode_personal_access_token', 'linode', 'linode_token', lambda r: hexs(r, 64)),
    ('vultr_api_key', 'vultr', 'vultr_api_key', lambda r: s(r, UP + DIG, 36)),
    ('hetzner_cloud_api_token', 'hetzner', 'hcloud_token', lambda r: s(r, A, 64)),
    ('scaleway_secret_key', 'scaleway', 'scw_secret_key', lambda r: uuid4(r)),
    ('alibabacloud_access_key_secret', 'alibabacloud', 'alibaba_cloud_access_key_secret', lambda r: s(r, A, 30)),
    ('tencentcloud_secret_key', 'tencentcloud', 'tencentcloud_secret_key', lambda r: s(r, A, 32)),
    ('wasabi_secret_access_key', 'wasabi', 'wasabi_secret_key', lambda r: s(r, UP + DIG, 40)),
    ('cloudsmith_api_key', 'cloudsmith', 'cloudsmith_api_key', lambda r: hexs(r, 40)),
    ('npm_granular_access_token', 'npm', 'npm_token', _npm),
    ('pypi_upload_token', 'pypi', 'pypi_token', _pypi),
    ('rubygems_api_key', 'rubygems', 'gem_host_api_key', lambda r: 'rubygems_' + hexs(r, 48)),
    ('nuget_api_key', 'nuget', 'nuget_api_key', lambda r: 'oy2' + s(r, LOW + DIG, 43)),
    ('snyk_api_token', 'snyk', 'snyk_token', lambda r: uuid4(r)),
    ('sonarcloud_user_token', 'sonarcloud', 'sonar_token', lambda r: 'squ_' + hexs(r, 40)),
    ('atlassian_cloud_api_token', 'atlassian', 'atlassian_api_token', lambda r: 'ATATT3xFfGF0' + s(r, A + '-_', 170) + '=' + UH[r.randrange(16)] * 0 + s(r, UH, 8)),
    ('sentry_org_auth_token', 'sentry', 'sentry_auth_token', lambda r: 'sntrys_' + b64url_json({'iat': 1700000000 + r.randint(0, 9999999), 'url': 'https://sentry.io', 'org': 'fleetops'}) + '_' + s(r, A + '+/', 43)),
    ('newrelic_user_api_key', 'newrelic', 'new_relic_api_key', lambda r: 'NRAK-' + s(r, UP + DIG, 27)),
    ('rollbar_access_token', 'rollbar', 'rollbar_access_token', lambda r: hexs(r, 32)),
    ('bugsnag_api_key', 'bugsnag', 'bugsnag_api_key', lambda r: hexs(r, 32)),
    ('betterstack_source_token', 'betterstack', 'betterstack_source_token', lambda r: s(r, A, 24)),
    ('logzio_shipping_token', 'logzio', 'logzio_token', lambda r: s(r, LOW, 32)),
    ('splunk_hec_token', 'splunk', 'splunk_hec_token', lambda r: uuid4(r)),
    ('mailgun_private_api_key', 'mailgun', 'mailgun_api_key', lambda r: 'key-' + hexs(r, 32)),
    ('postmark_server_token', 'postmark', 'postmark_server_token', lambda r: uuid4(r)),
    ('mailchimp_marketing_api_key', 'mailchimp', 'mailchimp_api_key', _mailchimp),
    ('sparkpost_api_key', 'sparkpost', 'sparkpost_api_key', lambda r: hexs(r, 40)),
    ('vonage_api_secret', 'vonage', 'vonage_api_secret', lambda r: s(r, A, 16)),
    ('plivo_auth_token', 'plivo', 'plivo_auth_token', lambda r: s(r, A, 40)),
    ('messagebird_access_key', 'messagebird', 'messagebird_access_key', lambda r: s(r, A, 25)),
    ('pushbullet_access_token', 'pushbullet', 'pushbullet_token', lambda r: 'o.' + s(r, A, 32)),
    ('matrix_synapse_access_token', 'matrix', 'matrix_access_token', lambda r: 'syt_' + b64url_json('fleetbot')[:11] + '_' + s(r, A, 20) + '_' + s(r, A, 6)),
    ('mattermost_personal_access_token', 'mattermost', 'mattermost_token', lambda r: s(r, LOW + DIG, 26)),
    ('zulip_bot_api_key', 'zulip', 'zulip_api_key', lambda r: s(r, A, 32)),
    ('opsgenie_api_key', 'opsgenie', 'opsgenie_api_key', lambda r: uuid4(r)),
    ('tookan_api_key', 'tookan', 'tookan_api_key', lambda r: hexs(r, 64)),
    ('routific_api_token', 'routific', 'routific_token', lambda r: jwt(r, {'_id': hexs(r, 24), 'iat': 1690000000 + r.randint(0, 9999999)})),
    ('bringg_client_secret', 'bringg', 'bringg_client_secret', lambda r: s(r, A, 40)),
    ('uberdirect_client_secret', 'uberdirect', 'uber_direct_client_secret', lambda r: s(r, A + '-_', 40)),
    ('doordashdrive_signing_secret', 'doordashdrive', 'doordash_signing_secret', lambda r: b64(r, 32, url=True, pad=False)),
    ('adyen_api_key', 'adyen', 'adyen_api_key', lambda r: 'AQE' + s(r, A, 40) + '=-' + s(r, A + '+/', 43) + '=-' + s(r, A, 12)),
    ('braintree_private_key', 'braintree', 'braintree_private_key', lambda r: hexs(r, 32)),
    ('mollie_live_api_key', 'mollie', 'mollie_api_key', lambda r: 'live_' + s(r, A, 30)),
    ('razorpay_key_secret', 'razorpay', 'razorpay_key_secret', lambda r: s(r, A, 24)),
    ('paddle_server_api_key', 'paddle', 'paddle_api_key', lambda r: 'pdl_live_apikey_' + s(r, LOW + DIG, 26) + '_' + s(r, A, 22) + '_' + s(r, A, 3)),
    ('checkoutcom_secret_key', 'checkoutcom', 'cko_secret_key', lambda r: 'sk_' + s(r, LOW + DIG, 32)),
    ('keycloak_client_secret', 'keycloak', 'keycloak_client_secret', lambda r: s(r, A, 32)),
    ('stytch_secret', 'stytch', 'stytch_secret', lambda r: 'secret-live-' + s(r, A + '-_=', 36)),
    ('workos_api_key', 'workos', 'workos_api_key', lambda r: 'sk_' + s(r, A, 48)),
    ('descope_management_key', 'descope', 'descope_management_key', lambda r: 'K' + s(r, A, 27) + ':' + s(r, A, 40)),
    ('hashicorpvault_service_token', 'hashicorpvault', 'vault_token', lambda r: 'hvs.' + s(r, A + '-_', 90)),
    ('tailscale_auth_key', 'tailscale', 'ts_authkey', _tailscale),
    ('zerotier_central_api_token', 'zerotier', 'zerotier_api_token', lambda r: s(r, A, 32)),
    ('akeyless_access_key', 'akeyless', 'akeyless_access_key', lambda r: s(r, A + '+/', 43) + '='),
    ('wireguard_interface_private_key', 'wireguard', 'wg_private_key', lambda r: b64(r, 32)),
    ('uspsshipping_client_secret', 'uspsshipping', 'usps_client_secret', lambda r: s(r, A, 16)),
    ('aftership_api_key', 'aftership', 'aftership_api_key', lambda r: 'asat_' + hexs(r, 32)),
    ('smartcar_client_secret', 'smartcar', 'smartcar_client_secret', lambda r: uuid4(r)),
    ('esri_survey123_feature_token', 'esri', 'survey123_token', lambda r: s(r, A + '-_', 64) + '..'),
    ('propertyradar_api_key', 'propertyradar', 'propertyradar_key', lambda r: hexs(r, 40)),
    ('latitudeio_api_key', 'latitudeio', 'latitude_api_key', lambda r: s(r, A, 48)),
]

STYLES = [
    ('fleet_ops_dotenv_staging', lambda k, u: '# .env.staging (fleet-ops)\nAPP_ENV=staging\n' + k.upper() + '={V}\nTZ=UTC\n'),
    ('gcs_qt_settings_conf', lambda k, u: '[General]\nlastVehicle=HX-07\n[Integrations]\n' + case_key(k, 'camel') + '={V}\n'),
    ('survey_prefect_block_json', lambda k, u: '{\n  "block_type": "secret",\n  "name": "' + k.replace('_', '-') + '",\n  "data": {"value": "{V}"}\n}\n'),
    ('dispatch_spring_application_properties', lambda k, u: 'spring.application.name=dispatch\nintegrations.' + k.replace('_', '-') + '={V}\nserver.port=8088\n'),
    ('flight_ops_gitlab_ci_variables', lambda k, u: 'variables:\n  FLIGHT_ENV: "prod"\n  ' + k.upper() + ': "{V}"\nstages: [build, deploy]\n'),
    ('companion_compose_environment_map', lambda k, u: 'services:\n  companion:\n    image: registry.internal/companion:5\n    environment:\n      ' + k.upper() + ': "{V}"\n'),
    ('mapping_jupyter_os_environ_cell', lambda k, u: 'In [3]: import os\n   ...: os.environ["' + k.upper() + '"] = "{V}"\n   ...: client = make_client()\n'),
    ('dock_controller_cpp_constexpr', lambda k, u: '// dock_secrets.hpp\n#pragma once\nnamespace dock {\nconstexpr const char* k' + case_key(k, 'pascal') + ' = "{V}";\n}\n'),
    ('pilot_zulip_message_paste', lambda k, u: '**#field-ops > quarry survey**\nsetting up the ' + k.replace('_', ' ') + ' on the tablet: {V}\n(rotating it tonight)\n'),
    ('airspace_deno_env_ts', lambda k, u: 'export const env = {\n  region: "eu",\n  ' + case_key(k, 'camel') + ': Deno.env.get("X") ?? "{V}",\n};\n'),
]


def build(seed=14702, keep=120, drop=lambda brand: False):
    rng = random.Random(seed)
    out, dropped = [], []
    i = 0
    for t, brand, key, g in V:
        v = g(rng)
        if drop(brand):
            dropped.append(t)
            continue
        if len(out) >= keep:
            continue
        st, f = STYLES[i % len(STYLES)]
        i += 1
        text, a, b = place(f(key, None), v)
        out.append({'type': t, 'container': t + '__' + st, 'text': text,
                    'secrets': [{'value': v, 'start': a, 'end': b, 'type': t}], 'source': 'vendor'})
    return out, dropped

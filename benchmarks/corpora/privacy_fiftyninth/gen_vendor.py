"""One record per vendor credential type (mobile / app-store ecosystem), 12 styles cycled."""
import random, base64, json
from common import M, rs, hexs, uuid4, jwt, b64_of_random, ALNUM, LOW, UP, DIG, URLSAFE, fill, b64u

SEED = 5902
A, L, U, D = ALNUM, LOW, UP, DIG


def _asc_jwt(r):
    return jwt(r, {"alg": "ES256", "kid": rs(r, U + D, 10), "typ": "JWT"},
               {"iss": uuid4(r), "iat": 1718000000 + r.randint(0, 9999), "exp": 1718001200 + r.randint(0, 9999), "aud": "appstoreconnect-v1"}, 86)


def _siwa_jwt(r):
    return jwt(r, {"alg": "ES256", "kid": rs(r, U + D, 10)},
               {"iss": rs(r, U + D, 10), "iat": 1719000000 + r.randint(0, 9999), "exp": 1734000000, "aud": "https://appleid.apple.com", "sub": "com.example.signin"}, 86)


def _supabase_jwt(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"iss": "supabase", "ref": rs(r, L, 20), "role": "service_role", "iat": 1700000000 + r.randint(0, 9999), "exp": 2015000000})


def _sentry_org(r):
    p = b64u(json.dumps({"iat": 1716000000 + r.randint(0, 9999), "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": "mobile-" + rs(r, L, 5)}, separators=(",", ":")).encode())
    return "sntrys_" + p + "_" + rs(r, A + "+/", 43)


def _mapbox_sk(r):
    return "sk." + b64u(json.dumps({"u": "mobile" + rs(r, L, 4), "a": rs(r, L + D, 25)}, separators=(",", ":")).encode()) + "." + rs(r, URLSAFE, 22)


def _pem_body(r):
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(b64_of_random(r, 48) for _ in range(25)) + "\\n-----END PRIVATE KEY-----\\n"


def _p8(r):
    b = base64.b64encode(bytes([0x30, 0x81, 0x93, 0x02, 0x01, 0x00]) + bytes(r.randrange(256) for _ in range(144))).decode()
    return "\n".join(b[i:i + 64] for i in range(0, len(b), 64))


V = {
    "app_store_connect_api_bearer_jwt": _asc_jwt,
    "apns_auth_key_p8_body": _p8,
    "sign_in_with_apple_client_secret_jwt": _siwa_jwt,
    "google_play_service_account_json_private_key": _pem_body,
    "firebase_cloud_messaging_legacy_server_key": lambda r: "AAAA" + rs(r, URLSAFE, 7) + ":APA91b" + rs(r, URLSAFE, 134),
    "google_oauth_ya29_access_token": lambda r: "ya29.a0" + rs(r, URLSAFE, 160),
    "dart_pub_credentials_refresh_token": lambda r: "1//0" + rs(r, URLSAFE, 99),
    "onesignal_rest_api_key_v2": lambda r: "os_v2_app_" + rs(r, L + "234567", 113),
    "onesignal_legacy_user_auth_key": lambda r: rs(r, A, 48),
    "expo_robot_access_token": lambda r: rs(r, URLSAFE, 40),
    "pusher_beams_instance_secret_key": lambda r: hexs(r, 64, True),
    "pusher_channels_app_secret": lambda r: hexs(r, 20),
    "airship_app_master_secret": lambda r: rs(r, URLSAFE, 22),
    "braze_rest_api_key": uuid4,
    "amplitude_project_secret_key": lambda r: hexs(r, 32),
    "mixpanel_service_account_secret": lambda r: rs(r, A, 32),
    "mixpanel_project_api_secret": lambda r: hexs(r, 32),
    "segment_public_api_token": lambda r: rs(r, A, 64),
    "sentry_org_auth_token": _sentry_org,
    "sentry_user_auth_token": lambda r: "sntryu_" + hexs(r, 64),
    "bugsnag_personal_auth_token": uuid4,
    "instabug_api_token": lambda r: hexs(r, 32),
    "embrace_api_token": lambda r: hexs(r, 32),
    "newrelic_user_api_key": lambda r: "NRAK-" + rs(r, U + D, 27),
    "appcenter_user_api_token": lambda r: hexs(r, 40),
    "bitrise_personal_access_token": lambda r: rs(r, URLSAFE, 86),
    "codemagic_api_token": lambda r: rs(r, A + "_", 43),
    "browserstack_access_key": lambda r: rs(r, A, 20),
    "sauce_labs_access_key": uuid4,
    "lambdatest_access_key": lambda r: "LT_" + rs(r, A, 47),
    "kobiton_api_key": uuid4,
    "perfecto_security_token": lambda r: jwt(r, {"alg": "HS256", "typ": "JWT"}, {"jti": uuid4(r), "typ": "Offline", "azp": "offline-token-generator", "iat": 1711000000 + r.randint(0, 9999)}),
    "headspin_api_token": lambda r: hexs(r, 32),
    "testfairy_api_key": lambda r: hexs(r, 40),
    "diawi_api_token": lambda r: rs(r, A, 40),
    "revenuecat_secret_api_key": lambda r: "sk_" + rs(r, A, 28),
    "adapty_secret_api_key": lambda r: "secret_live_" + rs(r, A, 8) + "." + rs(r, A, 32),
    "adjust_api_token": lambda r: rs(r, URLSAFE, 20),
    "appsflyer_api_v2_token": lambda r: jwt(r, {"alg": "A256GCMKW", "cty": "JWT", "enc": "A256GCM", "typ": "JWT"}, {"k": rs(r, A, 12)}, 86),
    "branch_live_secret": lambda r: "secret_live_" + rs(r, A, 32),
    "kochava_reporting_api_key": lambda r: uuid4(r, True),
    "singular_reporting_api_key": lambda r: hexs(r, 32),
    "applovin_max_report_key": lambda r: rs(r, URLSAFE, 86),
    "unity_services_service_account_secret": lambda r: rs(r, A, 32),
    "ironsource_levelplay_secret_key": lambda r: hexs(r, 32),
    "launchdarkly_server_sdk_key": lambda r: "sdk-" + uuid4(r),
    "launchdarkly_api_access_token": lambda r: "api-" + uuid4(r),
    "optimizely_personal_access_token": lambda r: "2:" + rs(r, URLSAFE, 43),
    "statsig_server_secret_key": lambda r: "secret-" + rs(r, A, 43),
    "supabase_service_role_jwt": _supabase_jwt,
    "supabase_management_access_token": lambda r: "sbp_" + hexs(r, 40),
    "appwrite_server_api_key": lambda r: "standard_" + hexs(r, 256),
    "back4app_parse_master_key": lambda r: rs(r, A, 40),
    "mongodb_atlas_programmatic_private_key": uuid4,
    "agora_app_certificate": lambda r: hexs(r, 32),
    "getstream_chat_api_secret": lambda r: rs(r, L + D, 64),
    "sendbird_master_api_token": lambda r: hexs(r, 40),
    "cometchat_rest_api_key": lambda r: hexs(r, 40),
    "pubnub_secret_key": lambda r: "sec-c-" + rs(r, A, 48),
    "ably_root_api_key": lambda r: rs(r, A, 6) + "." + rs(r, A, 6) + ":" + rs(r, URLSAFE, 43),
    "mapbox_secret_access_token": _mapbox_sk,
    "google_maps_platform_server_key": lambda r: "AIza" + rs(r, URLSAFE, 35),
    "github_app_installation_token": lambda r: "ghs_" + rs(r, A, 36),
    "gitlab_project_access_token": lambda r: "glpat-" + rs(r, URLSAFE, 20),
    "cocoapods_trunk_session_token": lambda r: hexs(r, 32),
    "npmjs_granular_access_token": lambda r: "npm_" + rs(r, A, 36),
    "shorebird_ci_token": lambda r: base64.b64encode(json.dumps({"refresh_token": "1//0" + rs(r, URLSAFE, 60), "auth_provider": "google"}, separators=(",", ":")).encode()).decode(),
    "huawei_appgallery_connect_client_secret": lambda r: hexs(r, 64, True),
    "huawei_push_kit_app_secret": lambda r: hexs(r, 64),
    "xiaomi_mipush_app_secret": lambda r: b64_of_random(r, 16),
    "amazon_lwa_client_secret": lambda r: "amzn1.oa2-cs.v1." + hexs(r, 64),
    "amazon_lwa_refresh_token": lambda r: "Atzr|" + rs(r, URLSAFE, 300),
    "partner_center_entra_client_secret": lambda r: rs(r, A, 3) + rs(r, D, 1) + "Q~" + rs(r, A + "_.~-", 34),
    "meta_app_secret": lambda r: hexs(r, 32),
    "meta_graph_user_access_token": lambda r: "EAAG" + rs(r, A, 180),
    "x_api_consumer_secret": lambda r: rs(r, A, 50),
    "tiktok_developers_client_secret": lambda r: rs(r, A, 32),
    "line_messaging_channel_access_token": lambda r: rs(r, A + "+/", 171) + "=",
    "kakao_admin_key": lambda r: hexs(r, 32),
    "braintree_private_key": lambda r: hexs(r, 32),
    "stripe_restricted_live_key": lambda r: "rk_live_51" + rs(r, A, 97),
    "zeplin_personal_access_token": lambda r: jwt(r, {"alg": "HS256", "typ": "JWT"}, {"aud": "user:" + hexs(r, 24), "iss": "zeplin:api.zeplin.io", "sub": "personal_access_token", "jti": uuid4(r)}),
    "figma_personal_access_token": lambda r: "figd_" + rs(r, URLSAFE, 40),
    "lokalise_api_token": lambda r: hexs(r, 40),
    "phrase_strings_access_token": lambda r: hexs(r, 64),
    "crowdin_personal_access_token": lambda r: hexs(r, 80),
    "transifex_api_token": lambda r: "1/" + hexs(r, 40),
    "raygun_personal_access_token": lambda r: hexs(r, 40, True),
    "rollbar_post_server_item_token": lambda r: hexs(r, 32),
    "honeycomb_ingest_key": lambda r: "hcaik_" + rs(r, L + D, 58),
    "posthog_personal_api_key": lambda r: "phx_" + rs(r, A, 43),
    "apple_push_p12_export_password": lambda r: rs(r, A, 12) + rs(r, "!#%", 1) + rs(r, D, 3),
    "runway_mobile_api_key": lambda r: rs(r, A, 40),
    "emerge_tools_api_token": lambda r: rs(r, A, 32),
    "appetize_api_token": lambda r: "tok_" + rs(r, L + D, 26),
    "firebase_app_check_debug_token": lambda r: uuid4(r, True),
    "auth0_application_client_secret": lambda r: rs(r, URLSAFE, 64),
    "clerk_live_secret_key": lambda r: "sk_live_" + rs(r, A, 40),
    "stytch_live_project_secret": lambda r: "secret-live-" + rs(r, URLSAFE, 36),
    "magic_link_live_secret_key": lambda r: "sk_live_" + hexs(r, 16, True),
    "firebase_cli_ci_token": lambda r: "1//0" + rs(r, URLSAFE, 99),
    "eas_personal_access_token": lambda r: rs(r, URLSAFE, 40),
    "app_store_server_notification_shared_secret": lambda r: hexs(r, 32),
    "google_play_developer_api_oauth_client_secret": lambda r: "GOCSPX-" + rs(r, URLSAFE, 28),
    "samsung_galaxy_store_service_account_secret": lambda r: rs(r, A, 64),
    "vivo_push_app_secret": lambda r: uuid4(r),
    "oppo_push_master_secret": lambda r: hexs(r, 32),
    "honor_push_client_secret": lambda r: hexs(r, 64),
    "batch_rest_api_key": lambda r: hexs(r, 32, True),
    "leanplum_production_key": lambda r: "prod_" + rs(r, A, 43),
    "clevertap_account_passcode": lambda r: rs(r, U, 3) + "-" + rs(r, U, 3) + "-" + rs(r, U, 6),
    "moengage_data_api_key": lambda r: rs(r, U + D, 24),
    "iterable_server_side_api_key": lambda r: hexs(r, 32),
    "customer_io_app_api_key": lambda r: hexs(r, 32),
    "firebase_dynamic_links_rest_key": lambda r: "AIza" + rs(r, URLSAFE, 35),
    "wiremock_cloud_api_token": lambda r: hexs(r, 32),
    "testrail_api_key": lambda r: rs(r, A + "/", 20) + "-" + rs(r, A, 10),
    "qase_api_token": lambda r: hexs(r, 40),
    "smartling_user_token_secret": lambda r: rs(r, A, 10) + "." + rs(r, A, 19) + "." + rs(r, A, 12),
}

STYLES = {
    "xcconfig_build_setting_assignment": lambda n, r: f"// Secrets.xcconfig (gitignored, but it was not)\n{n} = {M}\n",
    "gradle_user_properties_entry": lambda n, r: f"org.gradle.jvmargs=-Xmx4g\n{n.lower().replace('_', '.')}={M}\n",
    "fastlane_env_secret_line": lambda n, r: f"# fastlane/.env.secret\n{n}=\"{M}\"\n",
    "eas_secret_create_command": lambda n, r: f"$ eas secret:create --scope project --name {n} --value {M} --type string\n✔ Created a new secret {n} on project @mobile/app.\n",
    "info_plist_string_pair": lambda n, r: f"<key>{n}</key>\n<string>{M}</string>\n",
    "dart_const_string_declaration": lambda n, r: f"// lib/env/prod.dart\nconst String k{n.title().replace('_', '')} = '{M}';\n",
    "kotlin_buildconfigfield_groovy_line": lambda n, r: f"buildConfigField \"String\", \"{n}\", '\"{M}\"'\n",
    "swift_static_let_constant": lambda n, r: f"struct Keys {{\n    static let {n[0].lower() + n.title().replace('_', '')[1:]} = \"{M}\"\n}}\n",
    "ci_job_log_masking_miss": lambda n, r: f"Run ./scripts/upload.sh\n  env:\n    {n}: {M}\n##[warning]value was not registered as a secret, printed in clear\n",
    "release_engineer_chat_paste": lambda n, r: f"[{r.randint(10,18)}:{r.randint(10,59)}] mobile-release: here is the {n.lower().replace('_', ' ')} for tonight's build -> {M}\n",
    "testflight_whatstotest_snippet": lambda n, r: f"What to Test:\nPush + login on staging. {n}={M} is baked into this build only.\n",
    "react_native_config_env_line": lambda n, r: f"# .env (react-native-config)\nAPP_ENV=prod\n{n}={M}\n",
}


def envname(t):
    return t.upper()


def generate(pool):
    r = random.Random(SEED)
    recs = []
    styles = list(STYLES)
    for i, t in enumerate(sorted(V)):
        st = styles[i % len(styles)]
        if t in ("apns_auth_key_p8_body",):
            tmpl = f"$ cat AuthKey_{rs(r, U + D, 10)}.p8\n-----BEGIN PRIVATE KEY-----\n{M}\n-----END PRIVATE KEY-----\n"
            st = "terminal_cat_p8_file"
        elif t == "google_play_service_account_json_private_key":
            tmpl = '{\n  "type": "service_account",\n  "project_id": "api-' + rs(r, D, 8) + '",\n  "private_key": "' + M + '",\n  "client_email": "play-publisher@api.iam.gserviceaccount.example"\n}\n'
            st = "play_publisher_service_account_json"
        else:
            tmpl = STYLES[st](envname(t), r)
        val = pool.take(lambda: V[t](r))
        text, spans = fill(tmpl, [(val, t)])
        recs.append({"type": t, "container": f"{t}__{st}", "text": text, "secrets": spans, "source": "vendor"})
    return recs

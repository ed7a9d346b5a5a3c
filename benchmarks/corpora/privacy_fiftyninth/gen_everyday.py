"""Everyday secrets in 45 new mobile container kinds x 4 records."""
import random
from common import M, rs, hexs, ALNUM, LOW, UP, DIG, URLSAFE, HEXL, owner_password, fill, jwt

SEED = 5901

# type -> (ENV_NAME, human label, generator)
TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "AWS secret key", lambda r: rs(r, ALNUM + "+/", 40)),
    "github_personal_access_token": ("GITHUB_TOKEN", "GitHub token", lambda r: "ghp_" + rs(r, ALNUM, 36)),
    "slack_bot_token": ("SLACK_BOT_TOKEN", "Slack bot token", lambda r: "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24)),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "Stripe secret key", lambda r: "sk_live_51" + rs(r, ALNUM, 97)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", "SendGrid key", lambda r: "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)),
    "openai_project_api_key": ("OPENAI_API_KEY", "OpenAI key", lambda r: "sk-proj-" + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", "Telegram bot token", lambda r: str(r.randint(5000000000, 7999999999)) + ":AA" + rs(r, URLSAFE, 33)),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "Twilio auth token", lambda r: hexs(r, 32)),
    "database_password": ("DB_PASSWORD", "backend DB password", owner_password),
    "smtp_password": ("SMTP_PASSWORD", "SMTP password", owner_password),
    "jwt_signing_secret": ("JWT_SECRET", "JWT signing secret", lambda r: rs(r, ALNUM, 48)),
    "anthropic_api_key": ("ANTHROPIC_API_KEY", "Anthropic key", lambda r: "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"),
    "android_keystore_password": ("RELEASE_STORE_PASSWORD", "release keystore password", owner_password),
    "google_oauth_client_secret": ("GOOGLE_CLIENT_SECRET", "Google OAuth client secret", lambda r: "GOCSPX-" + rs(r, URLSAFE, 28)),
    "appstore_iap_shared_secret": ("IAP_SHARED_SECRET", "App Store shared secret", lambda r: hexs(r, 32)),
    "apple_app_specific_password": ("APPLE_APP_SPECIFIC_PASSWORD", "app-specific password", lambda r: "-".join(rs(r, LOW, 4) for _ in range(4))),
}
NEW_TYPES = ["android_keystore_password", "google_oauth_client_secret", "appstore_iap_shared_secret", "apple_app_specific_password"]

APPS = ["Pocketly", "TrailMate", "Brewlog", "Kidoodle", "FitNook", "Parkr", "Lumen Notes", "Tandem Pay", "Crumbs", "Harbor Radio"]
PEOPLE = ["Aiko", "Bram", "Chioma", "Dario", "Elif", "Farah", "Gustavo", "Hana", "Ilya", "Jonas", "Keanu", "Lea"]


def _kinds():
    K = {}
    K["xcode_release_xcconfig_file"] = lambda e, h, r: f"// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.{r.choice(['acme','lumen','parkr'])}.app\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n{e} = {M}\nCODE_SIGN_STYLE = Manual\n"
    K["android_local_properties_sdk_dir"] = lambda e, h, r: f"## This file must *NOT* be checked into Version Control Systems,\nsdk.dir=/Users/ci/Library/Android/sdk\nflutter.versionCode={r.randint(10,400)}\n{e.lower().replace('_','.')}={M}\n"
    K["app_build_gradle_kts_buildconfigfield"] = lambda e, h, r: f"android {{\n    defaultConfig {{\n        applicationId = \"com.example.mobile\"\n        buildConfigField(\"String\", \"{e}\", \"\\\"{M}\\\"\")\n    }}\n}}\n"
    K["fastlane_appfile_with_lane_env"] = lambda e, h, r: f"app_identifier(\"com.example.{r.choice(['beta','shop','radio'])}\")\napple_id(\"release@apps.example\")\nENV[\"{e}\"] = \"{M}\"\n"
    K["fastlane_dotenv_default_file"] = lambda e, h, r: f"# fastlane/.env.default\nFASTLANE_SKIP_UPDATE_CHECK=1\nFASTLANE_XCODEBUILD_SETTINGS_TIMEOUT=180\n{e}={M}\n"
    K["ios_info_plist_custom_key"] = lambda e, h, r: f"<dict>\n\t<key>CFBundleShortVersionString</key>\n\t<string>{r.randint(1,6)}.{r.randint(0,20)}.0</string>\n\t<key>{e}</key>\n\t<string>{M}</string>\n</dict>\n"
    K["google_services_json_extra_field"] = lambda e, h, r: f'{{\n  "project_info": {{"project_number": "{rs(r, DIG, 12)}", "project_id": "pocketly-prod"}},\n  "client": [{{"client_info": {{"android_client_info": {{"package_name": "com.pocketly.app"}}}}}}],\n  "{e.lower()}": "{M}"\n}}\n'
    K["expo_app_config_extra_block"] = lambda e, h, r: f"export default {{\n  name: '{r.choice(APPS)}',\n  slug: 'app',\n  extra: {{\n    eas: {{ projectId: 'set-in-ci' }},\n    {e.lower()}: '{M}',\n  }},\n}};\n"
    K["eas_json_build_profile_env"] = lambda e, h, r: f'{{\n  "build": {{\n    "production": {{\n      "channel": "production",\n      "env": {{ "{e}": "{M}" }}\n    }}\n  }}\n}}\n'
    K["react_native_dotenv_production"] = lambda e, h, r: f"# .env.production (react-native-config)\nAPI_URL=https://api.apps.example\nSENTRY_ENV=production\n{e}={M}\n"
    K["flutter_dart_define_from_file_json"] = lambda e, h, r: f'{{\n  "FLAVOR": "prod",\n  "API_BASE": "https://api.apps.example",\n  "{e}": "{M}"\n}}\n'
    K["pubspec_yaml_trailing_comment"] = lambda e, h, r: f"name: {r.choice(['trailmate','brewlog','crumbs'])}\nversion: 2.{r.randint(0,9)}.{r.randint(0,9)}+{r.randint(10,99)}\nenvironment:\n  sdk: '>=3.3.0 <4.0.0'\n# TODO move to CI vars — {h}: {M}\n"
    K["swift_enum_static_constants"] = lambda e, h, r: f"enum Secrets {{\n    static let apiBase = URL(string: \"https://api.apps.example\")!\n    static let {e[0].lower() + e.title().replace('_','')[1:]} = \"{M}\"\n}}\n"
    K["kotlin_companion_object_const"] = lambda e, h, r: f"class ApiConfig {{\n    companion object {{\n        const val TIMEOUT_MS = {r.randint(5,30)}_000L\n        const val {e} = \"{M}\"\n    }}\n}}\n"
    K["objc_appdelegate_macro_define"] = lambda e, h, r: f"#import \"AppDelegate.h\"\n\n#define {e} @\"{M}\"\n\n@implementation AppDelegate\n@end\n"
    K["podfile_post_install_hook_env"] = lambda e, h, r: f"post_install do |installer|\n  ENV['{e}'] = '{M}'\n  installer.pods_project.targets.each do |t|\n    t.build_configurations.each {{ |c| c.build_settings['IPHONEOS_DEPLOYMENT_TARGET'] = '15.0' }}\n  end\nend\n"
    K["bitrise_yml_app_envs_block"] = lambda e, h, r: f"format_version: \"13\"\napp:\n  envs:\n  - BITRISE_PROJECT_PATH: ios/App.xcworkspace\n  - {e}: {M}\n    opts:\n      is_expand: false\n"
    K["codemagic_yaml_vars_section"] = lambda e, h, r: f"workflows:\n  ios-release:\n    environment:\n      xcode: latest\n      vars:\n        {e}: \"{M}\"\n"
    K["xcode_cloud_ci_post_clone_sh"] = lambda e, h, r: f"#!/bin/sh\n# ci_scripts/ci_post_clone.sh\nset -e\nbrew install cocoapods\nexport {e}=\"{M}\"\npod install\n"
    K["appcenter_post_build_script_log"] = lambda e, h, r: f"[command]/bin/bash appcenter-post-build.sh\nUploading symbols for build {r.randint(100,999)}\n+ {e}={M}\n+ ./upload-symbols -gsp GoogleService-Info.plist -p ios build/dSYMs\n"
    K["testflight_beta_feedback_email"] = lambda e, h, r: f"From: {r.choice(PEOPLE)} <tester@apps.example>\nSubject: Re: {r.choice(APPS)} beta {r.randint(2,9)}.{r.randint(0,9)} feedback\n\nLogin screen crashes after rotating. In the log I saw the {h} printed: {M}\nThat looks bad, you may want to strip it.\n"
    K["firebase_app_distribution_notes"] = lambda e, h, r: f"Release notes (build {r.randint(1000,9999)})\n- fixed dark mode on settings\n- QA: {h} for the staging backend is {M}\n- known issue: widget refresh\n"
    K["device_farm_test_run_log"] = lambda e, h, r: f"[{r.choice(['Pixel 8','Galaxy S23','iPhone 15'])}] Setup suite started\n[setup] exporting {e}={M}\n[setup] installing app-release.apk\n[test] LoginTest.testHappyPath PASSED\n"
    K["crashlytics_breadcrumb_log_export"] = lambda e, h, r: f"Crashlytics - Breadcrumbs (non-fatal #{r.randint(100,999)})\n00:00:01.120 AppDelegate didFinishLaunching\n00:00:01.487 Config loaded {e}={M}\n00:00:02.003 NSURLErrorDomain -1009\n"
    K["sentry_cli_properties_file"] = lambda e, h, r: f"defaults.url=https://sentry.apps.example/\ndefaults.org=mobile\ndefaults.project=ios-app\n# not the auth token, another secret kept here\n{e.lower()}={M}\n"
    K["adb_logcat_debug_output"] = lambda e, h, r: f"--------- beginning of main\n{r.randint(1,12):02d}-{r.randint(10,28)} 10:{r.randint(10,59)}:07.311  {r.randint(2000,9000)}  {r.randint(2000,9000)} D NetworkModule: {e}={M}\n{r.randint(1,12):02d}-{r.randint(10,28)} 10:{r.randint(10,59)}:07.402  2211  2230 I OkHttp: --> GET https://api.apps.example/v2/me\n"
    K["xcodebuild_archive_console_log"] = lambda e, h, r: f"** ARCHIVE START **\nProcessInfoPlistFile Info.plist\nPhaseScriptExecution Inject\\ Secrets\n    export {e}\\={M}\n** ARCHIVE SUCCEEDED **\n"
    K["proguard_rules_commented_line"] = lambda e, h, r: f"-keep class com.example.api.** {{ *; }}\n-dontwarn okhttp3.**\n# {h} (do not ship): {M}\n"
    K["android_manifest_meta_data_tag"] = lambda e, h, r: f'<application android:name=".App">\n    <meta-data\n        android:name="com.example.{e.lower()}"\n        android:value="{M}" />\n</application>\n'
    K["android_res_values_strings_xml"] = lambda e, h, r: f'<resources>\n    <string name="app_name">{r.choice(APPS)}</string>\n    <string name="{e.lower()}" translatable="false">{M}</string>\n</resources>\n'
    K["ios_localizable_strings_entry"] = lambda e, h, r: f'/* Localizable.strings (Base) */\n"login.title" = "Sign in";\n"{e.lower()}" = "{M}";\n'
    K["app_review_information_notes"] = lambda e, h, r: f"App Review Information — Notes\nDemo account: review@apps.example (password sent separately)\nThe backend needs the {h} in staging, here it is: {M}\nContact {r.choice(PEOPLE)} for any issue.\n"
    K["play_console_internal_track_notes"] = lambda e, h, r: f"<en-US>\nInternal testing build {r.randint(100,999)}.\nTesters: use staging. {h} = {M}\n</en-US>\n"
    K["mobile_release_jira_ticket"] = lambda e, h, r: f"MOB-{r.randint(1000,9999)}  Release {r.randint(3,8)}.{r.randint(0,30)}.0 (iOS + Android)\nStatus: In QA\nComment ({r.choice(PEOPLE)}): CI needs {e} set, value {M} — please add it to the vault.\n"
    K["release_checklist_markdown"] = lambda e, h, r: f"## Release checklist\n- [x] bump versionCode\n- [x] update changelog\n- [ ] rotate {h} after launch (current: `{M}`)\n- [ ] submit for review\n"
    K["capacitor_config_ts_plugins"] = lambda e, h, r: f"import {{ CapacitorConfig }} from '@capacitor/cli';\nconst config: CapacitorConfig = {{\n  appId: 'com.example.app',\n  plugins: {{ Backend: {{ {e[0].lower() + e.title().replace('_','')[1:]}: '{M}' }} }},\n}};\nexport default config;\n"
    K["unity_mobile_projectsettings_asset"] = lambda e, h, r: f"PlayerSettings:\n  productName: {r.choice(APPS)}\n  AndroidMinSdkVersion: 24\n  scriptingDefineSymbols:\n    Android: {e}={M}\n"
    K["maestro_flow_env_yaml"] = lambda e, h, r: f"appId: com.example.app\nenv:\n  {e}: {M}\n---\n- launchApp\n- tapOn: \"Sign in\"\n"
    K["detox_e2e_config_js"] = lambda e, h, r: f"module.exports = {{\n  testRunner: {{ args: {{ config: 'e2e/jest.config.js' }} }},\n  behavior: {{ init: {{ exposeGlobals: true }} }},\n  launchArgs: {{ {e.lower()}: '{M}' }},\n}};\n"
    K["appium_capabilities_json_file"] = lambda e, h, r: f'{{\n  "platformName": "Android",\n  "appium:automationName": "UiAutomator2",\n  "appium:deviceName": "{r.choice(["Pixel 7","Galaxy A54"])}",\n  "appium:optionalIntentArguments": "--es {e.lower()} {M}"\n}}\n'
    K["settings_gradle_plugin_management"] = lambda e, h, r: f"pluginManagement {{\n    repositories {{\n        gradlePluginPortal()\n    }}\n}}\n// {e} is read below, fallback literal for local builds\nval fallbackSecret = providers.gradleProperty(\"{e}\").getOrElse(\"{M}\")\n"
    K["proxyman_har_request_header"] = lambda e, h, r: f'{{"request": {{"method": "POST", "url": "https://api.apps.example/v1/sync", "headers": [{{"name": "User-Agent", "value": "{r.choice(APPS)}/4.2 CFNetwork"}}, {{"name": "X-{e.title().replace("_", "-")}", "value": "{M}"}}]}}}}\n'
    K["mobile_standup_chat_paste"] = lambda e, h, r: f"{r.choice(PEOPLE)} 09:{r.randint(10,59)}\nyesterday: fixed the Android 14 crash\ntoday: store screenshots\nblocker: prod build fails without the {h}, using {M} for now\n"
    K["android_keystore_properties_file"] = lambda e, h, r: f"storeFile=../keystores/upload.jks\nkeyAlias=upload\n# {h}\n{e[0].lower() + e.title().replace('_','')[1:]}={M}\n"
    K["xcode_scheme_environment_variables"] = lambda e, h, r: f'<LaunchAction buildConfiguration="Debug">\n   <EnvironmentVariables>\n      <EnvironmentVariable\n         key = "{e}"\n         value = "{M}"\n         isEnabled = "YES">\n      </EnvironmentVariable>\n   </EnvironmentVariables>\n</LaunchAction>\n'
    return K


KINDS = _kinds()


def generate(pool):
    r = random.Random(SEED)
    kinds = sorted(KINDS)
    assert len(kinds) == 45, len(kinds)
    use = {t: 0 for t in TYPES}
    recs = []
    for k in kinds:
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in TYPES if t not in chosen), key=lambda t: (use[t], r.random()))
            chosen.append(cands[0])
            use[cands[0]] += 1
        for t in chosen:
            env, human, gen = TYPES[t]
            val = pool.take(lambda: gen(r))
            text, spans = fill(KINDS[k](env, human, r), [(val, t)])
            recs.append({"type": t, "container": k, "text": text, "secrets": spans, "source": "everyday"})
    return recs

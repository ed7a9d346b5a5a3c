"""Positional passwords: one new syntax each (mobile signing, release, device automation, backends)."""
import random
from common import M, owner_password, fill, rs, DIG

SEED = 5903
# name -> (presentation, template)
S = {
 "keytool_genkeypair_storepass_flag": ("c", f"keytool -genkeypair -v -keystore upload.jks -alias upload -keyalg RSA -keysize 2048 -validity 10000 -storepass {M} -dname \"CN=Mobile, O=Example\""),
 "keytool_importkeystore_deststorepass_flag": ("c", f"keytool -importkeystore -srckeystore legacy.keystore -destkeystore upload.jks -deststoretype pkcs12 -deststorepass {M}"),
 "keytool_list_verbose_storepass_flag": ("c", f"keytool -list -v -keystore app/release.jks -alias release -storepass {M}"),
 "keytool_keypasswd_new_flag": ("c", f"keytool -keypasswd -alias upload -keystore upload.jks -new {M}"),
 "apksigner_ks_pass_with_pass_scheme": ("c", f"apksigner sign --ks release.jks --ks-key-alias release --ks-pass pass:{M} app-release-unsigned.apk"),
 "apksigner_key_pass_with_pass_scheme": ("c", f"apksigner sign --ks release.jks --ks-pass env:KS_PASS --key-pass pass:{M} --out app-signed.apk app.apk"),
 "jarsigner_storepass_option": ("c", f"jarsigner -verbose -sigalg SHA256withRSA -digestalg SHA-256 -keystore upload.jks -storepass {M} app-release.aab upload"),
 "jarsigner_keypass_option": ("c", f"jarsigner -keystore upload.jks -storepass:env KS -keypass {M} app-release.aab upload"),
 "gradle_groovy_signingconfig_storepassword": ("d", f"    signingConfigs {{\n        release {{\n            storeFile file('release.jks')\n+           storePassword '{M}'\n        }}\n    }}"),
 "gradle_kts_signingconfig_keypassword_assignment": ("d", f"        create(\"release\") {{\n            keyAlias = \"upload\"\n+           keyPassword = \"{M}\"\n        }}"),
 "gradlew_injected_signing_store_password_property": ("c", f"./gradlew :app:bundleRelease -Pandroid.injected.signing.store.file=/tmp/up.jks -Pandroid.injected.signing.store.password={M}"),
 "gradlew_injected_signing_key_password_property": ("c", f"./gradlew assembleRelease -Pandroid.injected.signing.key.alias=upload -Pandroid.injected.signing.key.password={M}"),
 "bundletool_build_apks_ks_pass_equals": ("c", f"java -jar bundletool.jar build-apks --bundle=app.aab --output=app.apks --ks=upload.jks --ks-pass=pass:{M} --ks-key-alias=upload"),
 "bundletool_build_apks_key_pass_equals": ("c", f"bundletool build-apks --bundle=app.aab --output=uni.apks --mode=universal --ks=upload.jks --ks-pass=file:ks.txt --ks-key-alias=upload --key-pass=pass:{M}"),
 "openssl_pkcs12_export_passout_scheme": ("c", f"openssl pkcs12 -export -inkey dist.key -in ios_distribution.pem -out dist.p12 -passout pass:{M}"),
 "openssl_pkcs12_legacy_password_option": ("c", f"openssl pkcs12 -legacy -export -in push.pem -out push.p12 -password pass:{M}"),
 "security_import_p12_capital_p_flag": ("c", f"security import dist.p12 -k ~/Library/Keychains/build.keychain-db -P {M} -T /usr/bin/codesign"),
 "security_create_keychain_lower_p_flag": ("c", f"security create-keychain -p {M} build.keychain"),
 "security_unlock_keychain_lower_p_flag": ("c", f"security unlock-keychain -p {M} ~/Library/Keychains/build.keychain-db"),
 "security_set_key_partition_list_k_flag": ("c", f"security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k {M} build.keychain"),
 "security_add_generic_password_w_flag": ("c", f"security add-generic-password -a release@apps.example -s AC_PASSWORD -w {M}"),
 "xcrun_altool_upload_app_p_flag": ("c", f"xcrun altool --upload-app -f build/App.ipa -t ios -u release@apps.example -p {M}"),
 "notarytool_store_credentials_password_flag": ("c", f"xcrun notarytool store-credentials \"AC_NOTARY\" --apple-id release@apps.example --team-id ABCDE12345 --password {M}"),
 "notarytool_submit_password_flag": ("c", f"xcrun notarytool submit MacApp.zip --apple-id release@apps.example --password {M} --team-id ABCDE12345 --wait"),
 "itmstransporter_lower_p_flag": ("c", f"iTMSTransporter -m upload -u release@apps.example -p {M} -assetFile App.ipa"),
 "fastlane_password_env_prefix_command": ("c", f"FASTLANE_PASSWORD={M} bundle exec fastlane ios beta"),
 "match_password_env_prefix_command": ("c", f"MATCH_PASSWORD={M} bundle exec fastlane match appstore --readonly"),
 "fastlane_match_keychain_password_option": ("c", f"fastlane match development --keychain_name ci.keychain --keychain_password {M}"),
 "fastfile_create_keychain_password_param": ("d", f"+  create_keychain(name: \"ci\", password: \"{M}\", default_keychain: true, unlock: true, timeout: 3600)"),
 "fastfile_unlock_keychain_password_param": ("d", f"+  unlock_keychain(path: \"login.keychain\", password: \"{M}\")"),
 "fastfile_import_certificate_certificate_password": ("d", f"+  import_certificate(certificate_path: \"certs/dist.p12\", certificate_password: \"{M}\", keychain_name: \"ci\")"),
 "fastfile_gradle_injected_properties_hash": ("d", f"+  gradle(task: \"bundle\", build_type: \"Release\", properties: {{ \"android.injected.signing.store.password\" => \"{M}\" }})"),
 "spaceship_connectapi_login_second_arg": ("d", f"+Spaceship::ConnectAPI.login(\"release@apps.example\", \"{M}\")"),
 "flutter_build_dart_define_assignment": ("c", f"flutter build appbundle --release --dart-define=STAGING_PASSWORD={M}"),
 "adb_shell_input_text_quoted": ("c", f"adb -s emulator-5554 shell input text '{M}'"),
 "adb_shell_locksettings_set_password": ("c", f"adb shell locksettings set-password {M}"),
 "adb_shell_locksettings_clear_old": ("c", f"adb shell locksettings clear --old {M}"),
 "adb_shell_cmd_wifi_connect_network_wpa2": ("c", f"adb shell cmd wifi connect-network DeviceLab-5G wpa2 {M}"),
 "appium_python_send_keys_argument": ("d", f"+    driver.find_element(AppiumBy.ACCESSIBILITY_ID, \"password\").send_keys(\"{M}\")"),
 "espresso_typetext_viewaction_arg": ("d", f"+        onView(withId(R.id.password)).perform(typeText(\"{M}\"), closeSoftKeyboard())"),
 "xcuitest_securetextfield_typetext": ("d", f"+        app.secureTextFields[\"Password\"].typeText(\"{M}\")"),
 "detox_element_typetext_call": ("d", f"+    await element(by.id('password-input')).typeText('{M}');"),
 "maestro_inputtext_after_tap": ("d", f"+- tapOn: \"Password\"\n+- inputText: \"{M}\""),
 "flutter_driver_entertext_call": ("d", f"+    await driver.enterText('{M}');"),
 "flutter_widgettester_entertext_second_arg": ("d", f"+    await tester.enterText(find.byKey(const Key('password')), '{M}');"),
 "kotlin_firebase_signinwithemailandpassword_second": ("d", f"+        Firebase.auth.signInWithEmailAndPassword(\"qa@apps.example\", \"{M}\")"),
 "swift_firebase_auth_signin_password_label": ("d", f"+        Auth.auth().signIn(withEmail: \"qa@apps.example\", password: \"{M}\") {{ _, _ in }}"),
 "dart_firebaseauth_signin_password_named": ("d", f"+    await FirebaseAuth.instance.signInWithEmailAndPassword(email: 'qa@apps.example', password: '{M}');"),
 "js_amplify_signin_password_property": ("d", f"+  await signIn({{ username: 'qa-runner', password: '{M}' }});"),
 "swift_urlcredential_password_label": ("d", f"+let cred = URLCredential(user: \"api\", password: \"{M}\", persistence: .forSession)"),
 "kotlin_okhttp_credentials_basic_second": ("d", f"+    .header(\"Authorization\", Credentials.basic(\"api\", \"{M}\"))"),
 "swift_ksecvaluedata_literal_utf8": ("d", f"+    kSecValueData as String: \"{M}\".data(using: .utf8)!,"),
 "sqlcipher_getwritabledatabase_passphrase": ("d", f"+        val db = helper.getWritableDatabase(\"{M}\")"),
 "sqlcipher_pragma_key_statement": ("s", f"sqlite> PRAGMA key = '{M}';\nsqlite> SELECT count(*) FROM sqlite_master;"),
 "room_supportfactory_getbytes_passphrase": ("d", f"+    .openHelperFactory(SupportFactory(SQLiteDatabase.getBytes(\"{M}\".toCharArray())))"),
 "sqflite_sqlcipher_opendatabase_password_named": ("d", f"+  final db = await openDatabase(path, password: '{M}');"),
 "rn_keychain_setgenericpassword_second": ("d", f"+  await Keychain.setGenericPassword('qa-user', '{M}');"),
 "expo_securestore_setitemasync_value": ("d", f"+  await SecureStore.setItemAsync('password', '{M}');"),
 "flutter_secure_storage_write_value_named": ("d", f"+  await storage.write(key: 'password', value: '{M}');"),
 "android_accountmanager_addaccountexplicitly_second": ("d", f"+        accountManager.addAccountExplicitly(account, \"{M}\", null)"),
 "wifinetworksuggestion_setwpa2passphrase_arg": ("d", f"+    .setSsid(\"DeviceLab\").setWpa2Passphrase(\"{M}\").build()"),
 "nehotspotconfiguration_passphrase_label": ("d", f"+let cfg = NEHotspotConfiguration(ssid: \"DeviceLab\", passphrase: \"{M}\", isWEP: false)"),
 "mobileconfig_wifi_payload_password_string": ("f", f"<key>PayloadType</key>\n<string>com.apple.wifi.managed</string>\n<key>SSID_STR</key>\n<string>DeviceLab</string>\n<key>Password</key>\n<string>{M}</string>"),
 "pod_repo_add_https_userinfo_password": ("c", f"pod repo add private-specs https://ci-bot:{M}@git.apps.example/ios/specs.git"),
 "netrc_machine_password_token": ("f", f"machine git.apps.example login ci-bot password {M}"),
 "gradle_maven_credentials_block_password": ("d", f"+        credentials {{\n+            username = \"ci\"\n+            password = \"{M}\"\n+        }}"),
 "mitmproxy_proxyauth_user_colon": ("c", f"mitmproxy --listen-port 8888 --proxyauth qa:{M}"),
 "bundle_config_gem_source_user_colon": ("c", f"bundle config set --global gems.apps.example ci:{M}"),
 "java_keystore_load_tochararray_literal": ("d", f"+    ks.load(FileInputStream(\"release.jks\"), \"{M}\".toCharArray())"),
 "kotlin_keystore_getkey_chararray_literal": ("d", f"+    val key = ks.getKey(\"upload\", \"{M}\".toCharArray())"),
 "swift_ksecimportexportpassphrase_option": ("d", f"+    let opts = [kSecImportExportPassphrase as String: \"{M}\"]"),
 "pyjks_keystore_load_second_arg": ("d", f"+ks = jks.KeyStore.load(\"upload.jks\", \"{M}\")"),
 "node_forge_pkcs12fromasn1_password_arg": ("d", f"+const p12 = forge.pkcs12.pkcs12FromAsn1(p12Asn1, '{M}');"),
 "node_apn_provider_passphrase_option": ("d", f"+const provider = new apn.Provider({{ pfx: 'push.p12', passphrase: '{M}', production: true }});"),
 "gorush_ios_password_key": ("f", f"ios:\n  enabled: true\n  key_path: \"push.p12\"\n  password: \"{M}\"\n  production: true"),
 "houston_apn_passphrase_assignment": ("d", f"+APN.passphrase = \"{M}\""),
 "rpush_apns_app_password_assignment": ("d", f"+app.password = \"{M}\""),
 "libpq_conninfo_password_keyword": ("c", f"psql \"host=db.apps.example dbname=mobile user=api password={M} sslmode=require\""),
 "rabbitmqctl_add_user_second_positional": ("c", f"rabbitmqctl add_user push_worker {M}"),
 "rabbitmqctl_change_password_second_positional": ("c", f"rabbitmqctl change_password push_worker {M}"),
 "htpasswd_batch_b_positional": ("c", f"htpasswd -b -c /etc/nginx/.beta_htpasswd beta {M}"),
 "ngrok_basic_auth_user_colon_flag": ("c", f"ngrok http 8081 --basic-auth \"qa:{M}\""),
 "zip_capital_p_flag": ("c", f"zip -r -P {M} dSYMs.zip build/App.xcarchive/dSYMs"),
 "sevenzip_attached_p_switch": ("c", f"7z a -p{M} -mhe=on device-logs.7z logs/"),
 "gpg_batch_passphrase_option": ("c", f"gpg --batch --yes --passphrase {M} --output secrets.tar --decrypt secrets.tar.gpg"),
 "httpie_auth_flag_user_colon": ("c", f"http --auth ci:{M} POST https://beta.apps.example/api/builds"),
 "aria2c_http_passwd_option": ("c", f"aria2c --http-user=ci --http-passwd={M} https://artifacts.apps.example/App-4.2.ipa"),
 "lftp_u_user_comma_password": ("c", f"lftp -u beta,{M} sftp://dist.apps.example -e 'put App.ipa; bye'"),
 "kafka_sasl_jaas_config_password_attr": ("f", f"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"analytics\" password=\"{M}\";"),
 "jdbc_mysql_url_password_query_param": ("f", f"spring.datasource.url=jdbc:mysql://db.apps.example:3306/iap?user=iap&password={M}&useSSL=true"),
 "dart_postgres_endpoint_password_named": ("d", f"+  Endpoint(host: 'db.apps.example', database: 'mobile', username: 'api', password: '{M}'),"),
 "ktor_basic_auth_credentials_compare": ("d", f"+            if (credentials.name == \"admin\" && credentials.password == \"{M}\") UserIdPrincipal(credentials.name) else null"),
 "expo_login_lower_p_flag": ("c", f"npx expo login -u mobile-ci -p {M}"),
 "npm_cli_login_lower_p_flag": ("c", f"npx npm-cli-login -u ci -p {M} -e ci@apps.example -r https://npm.apps.example"),
 "cordova_build_json_android_storepassword": ("f", f"{{\n  \"android\": {{\n    \"release\": {{\n      \"keystore\": \"release.keystore\",\n      \"storePassword\": \"{M}\",\n      \"alias\": \"release\"\n    }}\n  }}\n}}"),
 "cordova_build_storepassword_passthrough_flag": ("c", f"cordova build android --release -- --keystore=release.keystore --alias=release --storePassword={M}"),
 "capacitor_build_keystorepass_flag": ("c", f"npx cap build android --keystorepath release.jks --keystorealias release --keystorepass {M} --androidreleasetype AAB"),
 "unity_playersettings_keystorepass_assignment": ("d", f"+        PlayerSettings.Android.keystorePass = \"{M}\";"),
 "unity_playersettings_keyaliaspass_assignment": ("d", f"+        PlayerSettings.Android.keyaliasPass = \"{M}\";"),
 "msbuild_androidsigningstorepass_property": ("c", f"msbuild App.Android.csproj /t:SignAndroidPackage /p:Configuration=Release /p:AndroidKeyStore=true /p:AndroidSigningStorePass={M}"),
 "dotnet_publish_androidsigningkeypass_property": ("c", f"dotnet publish -f net8.0-android -c Release -p:AndroidSigningKeyAlias=upload -p:AndroidSigningKeyPass={M}"),
 "godot_export_presets_keystore_release_password": ("f", f"[preset.0.options]\nkeystore/release=\"res://release.keystore\"\nkeystore/release_user=\"release\"\nkeystore/release_password=\"{M}\""),
 "sudo_capital_s_stdin_echo_pipe": ("c", f"echo {M} | sudo -S xcode-select -s /Applications/Xcode_15.4.app"),
 "dscl_local_passwd_new_positional": ("c", f"sudo dscl . -passwd /Users/builder {M}"),
 "sysadminctl_adduser_password_flag": ("c", f"sudo sysadminctl -addUser builder -fullName \"CI Builder\" -password {M} -admin"),
 "xcodes_password_env_prefix": ("c", f"XCODES_USERNAME=release@apps.example XCODES_PASSWORD={M} xcodes install 15.4"),
 "open_vnc_url_userinfo_password": ("c", f"open vnc://admin:{M}@macmini-07.lab.example"),
 "genymotion_gmtool_config_password_flag": ("c", f"gmtool config --email qa@apps.example --password {M}"),
}

SUFFIX = {"c": "mac_mini_ci_shell_history", "d": "release_branch_pr_diff_lines", "f": "mobile_repo_config_excerpt", "s": "device_db_debug_console"}


def generate(pool):
    r = random.Random(SEED)
    recs = []
    for name in sorted(S):
        pres, tmpl = S[name]
        val = pool.take(lambda: owner_password(r))
        if pres == "c":
            tmpl = f"{r.randint(480, 2300)}  cd ~/work/app-{rs(r, DIG, 3)}\n{r.randint(2301, 4000)}  " + tmpl + "\n"
        elif pres == "d":
            tmpl = f"@@ -{r.randint(10, 90)},6 +{r.randint(10, 90)},7 @@\n" + tmpl + "\n"
        else:
            tmpl = tmpl + "\n"
        text, spans = fill(tmpl, [(val, name)])
        recs.append({"type": name, "container": f"{name}__{SUFFIX[pres]}", "text": text, "secrets": spans, "source": "password"})
    return recs

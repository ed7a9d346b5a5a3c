"""Positional passwords: one new syntax each (mobile signing, maker boards, game servers, IoT)."""
import random
from common import *

V = MARK
SYN = [
    ("adb_shell_input_text_positional", "adb shell input text '" + V + "'", "c"),
    ("adb_cmd_wifi_connect_network_wpa2", "adb shell cmd wifi connect-network HangarNet wpa2 " + V, "c"),
    ("jarsigner_storepass_flag", "jarsigner -keystore release.jks -storepass " + V + " app-release.aab upload", "c"),
    ("jarsigner_keypass_flag", "jarsigner -keystore release.jks -storepass:env KS -keypass " + V + " app.apk upload", "c"),
    ("bundletool_ks_pass_colon_prefix", "java -jar bundletool.jar build-apks --bundle=app.aab --output=app.apks --ks=upload.jks --ks-pass=pass:" + V + " --ks-key-alias=upload", "c"),
    ("gradle_signingconfig_storepassword_literal", "signingConfigs {\n    release {\n        storeFile file('upload.jks')\n        storePassword '" + V + "'\n    }\n}", "f"),
    ("gradle_kts_keypassword_assignment", "signingConfigs.create(\"release\") {\n    keyAlias = \"upload\"\n    keyPassword = \"" + V + "\"\n}", "f"),
    ("react_native_gradle_properties_store_password", "MYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore\nMYAPP_UPLOAD_STORE_PASSWORD=" + V, "f"),
    ("fastlane_match_password_env_assignment", "MATCH_PASSWORD=" + V + " bundle exec fastlane match appstore --readonly", "c"),
    ("fastlane_password_env_export", "export FASTLANE_PASSWORD='" + V + "'", "c"),
    ("security_unlock_keychain_lowercase_p", "security unlock-keychain -p " + V + " ~/Library/Keychains/build.keychain-db", "c"),
    ("security_create_keychain_lowercase_p", "security create-keychain -p " + V + " build.keychain", "c"),
    ("security_import_p12_uppercase_p", "security import dist.p12 -k build.keychain -P " + V + " -T /usr/bin/codesign", "c"),
    ("security_set_key_partition_list_k", "security set-key-partition-list -S apple-tool:,apple: -s -k " + V + " build.keychain", "c"),
    ("security_add_generic_password_w", "security add-generic-password -a ci -s AC_PASSWORD -w " + V, "c"),
    ("notarytool_store_credentials_password_flag", "xcrun notarytool store-credentials notary --apple-id dev@studio.example --team-id ABCDE12345 --password " + V, "c"),
    ("itmstransporter_lowercase_p_flag", "iTMSTransporter -m upload -assetFile Game.ipa -u dev@studio.example -p " + V, "c"),
    ("hdiutil_stdinpass_printf_pipe", "printf '%s' '" + V + "' | hdiutil create -encryption AES-256 -stdinpass -size 200m -volname Vault vault.dmg", "c"),
    ("signtool_sign_slash_p", "signtool sign /fd SHA256 /f studio.pfx /p " + V + " /tr http://ts.example /td SHA256 Game.exe", "c"),
    ("osslsigncode_pass_flag", "osslsigncode sign -pkcs12 studio.pfx -pass " + V + " -in Game.exe -out Game-signed.exe", "c"),
    ("godot_export_presets_release_password", "[preset.0.options]\nkeystore/release=\"res://upload.keystore\"\nkeystore/release_user=\"upload\"\nkeystore/release_password=\"" + V + "\"", "f"),
    ("godot_export_keystore_env_var", "GODOT_ANDROID_KEYSTORE_RELEASE_PASSWORD=" + V + " godot --headless --export-release Android build/game.aab", "c"),
    ("unity_playersettings_keystorepass_assign", "PlayerSettings.Android.keystorePass = \"" + V + "\";", "f"),
    ("unity_playersettings_keyaliaspass_assign", "PlayerSettings.Android.keyaliasPass = \"" + V + "\";", "f"),
    ("unreal_android_runtime_keystorepassword", "[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]\nKeyStore=upload.keystore\nKeyStorePassword=" + V, "f"),
    ("srcds_server_cfg_sv_password_cvar", "hostname \"LAN night\"\nsv_password \"" + V + "\"", "f"),
    ("srcds_plus_rcon_password_launch", "./srcds_run -game csgo +map de_dust2 +rcon_password " + V, "c"),
    ("rust_dedicated_plus_rcon_dot_password", "./RustDedicated -batchmode +server.port 28015 +rcon.password \"" + V + "\"", "c"),
    ("factorio_server_settings_game_password_json", "{\n  \"name\": \"Factory LAN\",\n  \"game_password\": \"" + V + "\",\n  \"require_user_verification\": true\n}", "f"),
    ("terraria_server_password_dash_flag", "./TerrariaServer.bin.x86_64 -port 7777 -world worlds/Hollow.wld -password " + V, "c"),
    ("valheim_server_password_dash_flag", "./valheim_server.x86_64 -name \"Fjord\" -port 2456 -world Fjord -password \"" + V + "\" -public 0", "c"),
    ("ark_travel_url_serverpassword_query", "ShooterGameServer TheIsland?listen?SessionName=Dinos?ServerPassword=" + V + "?MaxPlayers=10", "c"),
    ("project_zomboid_adminpassword_dash_flag", "./start-server.sh -servername west -adminpassword " + V, "c"),
    ("seven_days_serverconfig_serverpassword_property", "<property name=\"ServerPassword\" value=\"" + V + "\"/>", "f"),
    ("palworld_optionsettings_adminpassword_field", "OptionSettings=(Difficulty=None,ServerName=\"Pals\",AdminPassword=\"" + V + "\",PublicPort=8211)", "f"),
    ("openttd_cfg_server_password_key", "[network]\nserver_name = Rail Club\nserver_password = " + V, "f"),
    ("quake3_plus_set_rconpassword", "ioq3ded +set dedicated 2 +set rconPassword \"" + V + "\" +map q3dm17", "c"),
    ("teeworlds_sv_rcon_password_line", "sv_name \"Jam server\"\nsv_rcon_password " + V, "f"),
    ("minetest_conf_default_password_key", "server_name = Voxel Club\ndefault_password = " + V, "f"),
    ("retroarch_cfg_netplay_password_key", "netplay_nickname = \"pixel\"\nnetplay_password = \"" + V + "\"", "f"),
    ("kodi_advancedsettings_webserverpassword_element", "<advancedsettings>\n  <services>\n    <webserverpassword>" + V + "</webserverpassword>\n  </services>\n</advancedsettings>", "f"),
    ("unturned_commands_dat_password_line", "Name LAN Survivors\nPassword " + V, "f"),
    ("espota_dash_a_auth_flag", "python3 espota.py -i 192.168.4.31 -p 3232 -a " + V + " -f firmware.bin", "c"),
    ("platformio_upload_flags_auth_equals", "[env:ota]\nupload_protocol = espota\nupload_flags =\n    --auth=" + V, "f"),
    ("arduino_ota_setpassword_call", "ArduinoOTA.setHostname(\"porch-node\");\nArduinoOTA.setPassword(\"" + V + "\");", "f"),
    ("esphome_ota_block_password_key", "ota:\n  - platform: esphome\n    password: \"" + V + "\"", "f"),
    ("esphome_wifi_fallback_ap_password_key", "wifi:\n  ap:\n    ssid: \"Porch Fallback\"\n    password: \"" + V + "\"", "f"),
    ("tasmota_backlog_password1_command", "Backlog SSId1 HangarNet; Password1 " + V + "; WifiConfig 4", "c"),
    ("tasmota_mqttpassword_console_command", "MqttPassword " + V, "c"),
    ("mosquitto_sub_pw_long_flag", "mosquitto_sub -h 10.0.0.5 -t 'zigbee2mqtt/#' -u z2m --pw " + V, "c"),
    ("mosquitto_bridge_remote_password_line", "connection cloud-bridge\naddress mqtt.cloud.example:8883\nremote_username bridge01\nremote_password " + V, "f"),
    ("zigbee2mqtt_mqtt_password_key", "mqtt:\n  server: mqtt://10.0.0.5\n  user: z2m\n  password: '" + V + "'", "f"),
    ("telegraf_mqtt_consumer_password_line", "[[inputs.mqtt_consumer]]\n  servers = [\"tcp://10.0.0.5:1883\"]\n  username = \"telegraf\"\n  password = \"" + V + "\"", "f"),
    ("node_red_settings_credential_secret", "module.exports = {\n    credentialSecret: \"" + V + "\",\n    uiPort: 1880,\n}", "f"),
    ("hivemq_mqtt_cli_pw_flag", "mqtt pub -h broker.lab.example -t test -m hi -u maker -pw " + V, "c"),
    ("mqttx_cli_conn_password_flag", "mqttx conn -h broker.lab.example -u maker --password " + V, "c"),
    ("openhab_console_users_add_positional", "openhab> openhab:users add maker " + V + " administrator", "c"),
    ("raspi_config_do_wifi_ssid_passphrase", "sudo raspi-config nonint do_wifi_ssid_passphrase HangarNet " + V, "c"),
    ("wpa_supplicant_network_block_psk", "network={\n    ssid=\"HangarNet\"\n    psk=\"" + V + "\"\n}", "f"),
    ("dietpi_txt_global_password_key", "AUTO_SETUP_GLOBAL_PASSWORD=" + V, "f"),
    ("dietpi_wifi_txt_key_array_entry", "aWIFI_SSID[0]='HangarNet'\naWIFI_KEY[0]='" + V + "'", "f"),
    ("buildroot_target_generic_root_passwd", "BR2_TARGET_GENERIC_HOSTNAME=\"gateway\"\nBR2_TARGET_GENERIC_ROOT_PASSWD=\"" + V + "\"", "f"),
    ("yocto_extra_users_usermod_uppercase_p", "EXTRA_USERS_PARAMS = \"usermod -P " + V + " root;\"", "f"),
    ("sdkconfig_example_wifi_password_symbol", "CONFIG_EXAMPLE_WIFI_SSID=\"HangarNet\"\nCONFIG_EXAMPLE_WIFI_PASSWORD=\"" + V + "\"", "f"),
    ("circuitpython_settings_toml_wifi_password", "CIRCUITPY_WIFI_SSID = \"HangarNet\"\nCIRCUITPY_WIFI_PASSWORD = \"" + V + "\"", "f"),
    ("micropython_wlan_connect_second_argument", "wlan = network.WLAN(network.STA_IF)\nwlan.connect('HangarNet', '" + V + "')", "f"),
    ("micropython_webrepl_cfg_pass_line", "PASS = '" + V + "'", "f"),
    ("webrepl_cli_dash_p_flag", "python3 webrepl_cli.py -p " + V + " main.py 192.168.4.1:/main.py", "c"),
    ("arduino_wifi_begin_second_argument", "WiFi.begin(\"HangarNet\", \"" + V + "\");", "f"),
    ("zephyr_shell_wifi_connect_dash_p", "uart:~$ wifi connect -s HangarNet -k 1 -p " + V, "c"),
    ("esp_at_cwjap_second_field", "AT+CWJAP=\"HangarNet\",\"" + V + "\"", "c"),
    ("at_cgauth_pdp_password_field", "AT+CGAUTH=1,1,\"iot\",\"" + V + "\"", "c"),
    ("at_cpin_sim_pin_argument", "AT+CPIN=\"" + V + "\"", "c"),
    ("quectel_qmtconn_password_field", "AT+QMTCONN=0,\"tracker-07\",\"tracker\",\"" + V + "\"", "c"),
    ("wifi_connect_portal_passphrase_flag", "wifi-connect --portal-ssid \"Setup Rover\" --portal-passphrase " + V, "c"),
    ("create_ap_fourth_positional", "sudo create_ap wlan0 eth0 FieldHotspot " + V, "c"),
    ("sshpass_lowercase_p_flag", "sshpass -p " + V + " ssh pi@rover.local 'sudo reboot'", "c"),
    ("octoprint_user_add_password_flag", "octoprint user add maker --password " + V + " --admin", "c"),
    ("motion_conf_stream_authentication_pair", "stream_auth_method 1\nstream_authentication maker:" + V, "f"),
    ("busybox_httpd_conf_path_user_password", "/cgi-bin:admin:" + V, "f"),
    ("shairport_sync_general_password_key", "general = {\n  name = \"Workshop\";\n  password = \"" + V + "\";\n};", "f"),
    ("coturn_turnserver_conf_user_pair", "listening-port=3478\nuser=gamertc:" + V, "f"),
    ("syncthing_cli_gui_password_set", "syncthing cli config gui password set " + V, "c"),
    ("duplicati_cli_passphrase_equals", "duplicati-cli backup file:///mnt/usb /home/pi/klipper_config --passphrase=" + V, "c"),
    ("mavproxy_signing_setup_passphrase", "MAV> signing setup " + V, "c"),
    ("ardupilot_lua_gcs_password_constant", "local GCS_PASSWORD = \"" + V + "\"", "f"),
    ("qgroundcontrol_ini_rtk_password_key", "[RTK]\nntripUser=rover\nntripPassword=" + V, "f"),
    ("str2str_ntrip_url_password", "str2str -in ntrip://rover:" + V + "@caster.rtk.example:2101/MOUNT1 -out serial://ttyUSB0:115200", "c"),
    ("rtklib_conf_inpstr_path_password", "inpstr2-path =rover:" + V + "@caster.rtk.example:2101/MOUNT2", "f"),
    ("mjpg_streamer_output_http_credentials", "mjpg_streamer -i input_uvc.so -o \"output_http.so -p 8080 -c maker:" + V + "\"", "c"),
    ("ustreamer_htpasswd_flag", "ustreamer --device=/dev/video0 --user maker --passwd " + V, "c"),
    ("frigate_camera_ffmpeg_input_password", "cameras:\n  driveway:\n    ffmpeg:\n      inputs:\n        - path: rtmp://cam:" + V + "@10.0.0.61/live", "f"),
    ("go2rtc_stream_url_password", "streams:\n  garage: onvif://admin:" + V + "@10.0.0.62", "f"),
    ("homebridge_config_platform_password_field", "\"platforms\": [{\"platform\": \"Camera-ffmpeg\", \"username\": \"cam\", \"password\": \"" + V + "\"}]", "f"),
    ("nut_upsd_users_password_line", "[upsmon]\n    password = " + V + "\n    upsmon primary", "f"),
    ("chrony_keys_file_ascii_entry", "1 SHA256 ASCII:" + V, "f"),
    ("uboot_env_bootargs_root_password", "=> setenv factory_pw " + V, "c"),
    ("fw_setenv_wifi_psk_positional", "fw_setenv wlan_psk " + V, "c"),
    ("openocd_tcl_jtag_unlock_password", "# unlock debug port\nstm32l4x option_write 0 0x20 0xFF\nset LOCK_PASSWORD \"" + V + "\"", "f"),
    ("nrfjprog_cli_password_prompt_echo", "echo " + V + " | nrfutil device recover --serial-number 683245187 --password-stdin", "c"),
    ("balena_ssh_env_set_password", "balena env add ROOT_PASSWORD " + V + " --device 7cf02a6", "c"),
]

SUFFIX = {"c": "device_bringup_terminal_log", "f": "maker_forum_config_quote"}


def wrap(mode, line, rng):
    if mode == "c":
        host = rng.choice(["pi@rover", "maker@buildbox", "dev@mac-mini", "root@gateway"])
        return "%s:~ $ %s\n" % (host, line)
    return "Here is the relevant part of my setup, maybe someone spots the problem:\n[code]\n%s\n[/code]\n" % line


def build(pool, idx):
    rng = random.Random(4203)
    recs = []
    for t, tpl, mode in SYN:
        if t == "at_cpin_sim_pin_argument":
            gen = lambda r: rs(r, DIG, 8)
        else:
            gen = lambda r: password(r, extra="._-")
        val = pool.take(rng, gen)
        recs.append(positive("p42-s-%04d" % idx[0], t, t + "__" + SUFFIX[mode], wrap(mode, tpl, rng), val, "password"))
        idx[0] += 1
    return recs

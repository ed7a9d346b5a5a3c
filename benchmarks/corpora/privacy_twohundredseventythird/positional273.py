"""Positional passwords: the value is a password but no key name says so."""
import random
import struct

import common273 as C
import world273 as W

PREFIX = "wmpw_"
WHERE = {"cli": "wigroom_ops_shell", "stdin": "ventilate_pipe_line", "lib": "ventilate_code_snippet",
         "gui": "crew_app_ui_script", "file": "workshop_host_file", "sql": "stock_db_console",
         "proto": "trailer_wire_capture"}

# «V» value, «u» user, «ip» private address, «n» a small number
SYNTAXES = [
    # ---- cli
    ("openfortivpn_lower_p_after_lower_u", "cli", "openfortivpn host -u user -p VALUE",
     "$ sudo openfortivpn vpn.gaslight-hmu.example:443 -u «u» -p «V»\nINFO:   Connected to gateway.\n"),
    ("vertica_vsql_lower_w_after_capital_u", "cli", "vsql -h host -d db -U user -w VALUE -c sql",
     "$ vsql -h «ip» -d stock -U «u» -w «V» -c \"SELECT count(*) FROM wig_orders\"\n count\n-------\n  «n»\n"),
    ("unixodbc_isql_third_positional", "cli", "isql -v DSN user VALUE",
     "$ isql -v StockDSN «u» «V»\n+---------------------------------------+\n| Connected!                            |\n"),
    ("influx_config_create_lower_p_colon_pair", "cli", "influx config create ... -p user:VALUE",
     "$ influx config create --config-name hairstore --host-url http://«ip»:8086 --org thistlecombe -p «u»:«V» --active\n"),
    ("emqx_ctl_admins_add_third_positional", "cli", "emqx_ctl admins add user VALUE",
     "$ docker exec -it emqx emqx_ctl admins add «u» «V»\nok\n"),
    ("prosodyctl_register_third_positional", "cli", "prosodyctl register user host VALUE",
     "$ sudo prosodyctl register «u» chat.gaslight-hmu.example «V»\n"),
    ("minio_mc_alias_set_fourth_positional", "cli", "mc alias set name url user VALUE",
     "$ mc alias set kitstore http://«ip»:9000 «u» «V»\nAdded `kitstore` successfully.\n"),
    ("poetry_config_http_basic_second_positional", "cli", "poetry config http-basic.repo user VALUE",
     "$ poetry config http-basic.wigstock «u» «V»\n$ poetry publish -r wigstock\n"),
    ("bundler_config_set_colon_pair", "cli", "bundle config set --global host user:VALUE",
     "$ bundle config set --global gems.ventilate.example «u»:«V»\n$ bundle install\n"),
    ("composer_config_http_basic_second_positional", "cli", "composer config --global http-basic.host user VALUE",
     "$ composer config --global http-basic.satis.ventilate.example «u» «V»\n"),
    ("shadowsocks_ss_local_lower_k_option", "cli", "ss-local -s host -p port -l port -k VALUE -m cipher",
     "$ ss-local -s relay.gaslight-hmu.example -p 8388 -l 1080 -k «V» -m chacha20-ietf-poly1305\n"),
    ("gost_listen_url_userinfo", "cli", "gost -L socks5://user:VALUE@:port",
     "$ gost -L socks5://«u»:«V»@:1080\n"),
    ("lynx_auth_colon_pair", "cli", "lynx -auth=user:VALUE url",
     "$ lynx -dump -auth=«u»:«V» http://«ip»/status.html\n"),
    ("yt_dlp_lower_p_after_lower_u", "cli", "yt-dlp -u user -p VALUE url",
     "$ yt-dlp -u «u» -p «V» https://video.gaslight-hmu.example/reel/«n»\n"),
    ("vmware_vmrun_gp_after_gu", "cli", "vmrun -T ws -gu user -gp VALUE runProgramInGuest vmx program",
     "> vmrun -T ws -gu «u» -gp «V» runProgramInGuest \"D:\\VMs\\Scanner\\Scanner.vmx\" \"C:\\Capture\\sync.bat\"\n"),
    ("redfishtool_lower_p_after_lower_u", "cli", "redfishtool -r bmc -u user -p VALUE Systems get",
     "$ redfishtool -r «ip» -u «u» -p «V» Systems get\n"),
    ("hpe_ilorest_login_lower_p", "cli", "ilorest login host -u user -p VALUE",
     "$ ilorest login «ip» -u «u» -p «V»\nDiscovering data...Done\n"),
    ("smcipmitool_third_positional", "cli", "SMCIPMITool host user VALUE command",
     "$ SMCIPMITool «ip» «u» «V» ipmi power status\n"),
    ("couchbase_cli_lower_p_after_lower_u", "cli", "couchbase-cli bucket-list -c url -u user -p VALUE",
     "$ couchbase-cli bucket-list -c couchbase://«ip» -u «u» -p «V»\n"),
    ("mssql_bcp_capital_p_after_capital_u", "cli", "bcp table out file -S host -U user -P VALUE -c",
     "> bcp Stock.dbo.Wigs out wigs.dat -S «ip» -U «u» -P «V» -c\n"),
    ("xcrun_altool_lower_p_after_lower_u", "cli", "xcrun altool --upload-app -f ipa -t ios -u user -p VALUE",
     "$ xcrun altool --upload-app -f build/GaslightCall.ipa -t ios -u «u»@gaslight-hmu.example -p «V»\n"),
    ("signtool_slash_p_after_slash_f", "cli", "signtool sign /f cert.pfx /p VALUE file",
     "> signtool sign /f C:\\certs\\ventilate-codesign.pfx /p «V» /fd sha256 ChromaDoseSync.exe\n"),
    ("macos_security_unlock_keychain_lower_p", "cli", "security unlock-keychain -p VALUE keychain",
     "$ security unlock-keychain -p «V» ~/Library/Keychains/build.keychain-db\n"),
    ("windows_net_user_add_second_positional", "cli", "net user user VALUE /add",
     "> net user «u» «V» /add /comment:\"knotting kiosk\"\nThe command completed successfully.\n"),
    ("kadmin_lower_w_after_lower_p", "cli", "kadmin -p principal -w VALUE -q query",
     "$ kadmin -p «u»/admin@VENTILATE.EXAMPLE -w «V» -q \"listprincs\"\n"),
    ("transcrypt_lower_p_option", "cli", "transcrypt -c cipher -p 'VALUE'",
     "$ transcrypt -y -c aes-256-cbc -p '«V»'\n"),
    ("bw_cli_unlock_first_positional", "cli", "bw unlock VALUE --raw",
     "$ export BW_SESSION=$(bw unlock «V» --raw)\n"),
    ("fossil_clone_url_userinfo", "cli", "fossil clone https://user:VALUE@host/repo file",
     "$ fossil clone https://«u»:«V»@fossil.ventilate.example/wigstock wigstock.fossil\n"),
    ("curl_lower_u_colon_pair", "cli", "curl -u user:VALUE url",
     "$ curl -s -u «u»:«V» https://stock.ventilate.example/api/health\n{\"ok\":true}\n"),
    ("chocolatey_source_add_lower_p_equals", "cli", "choco source add -n=name -s=url -u=user -p=VALUE",
     "> choco source add -n=ventilate -s=\"https://nuget.ventilate.example/v3/index.json\" -u=«u» -p=«V»\n"),
    ("mosquitto_sub_capital_p_after_lower_u", "cli", "mosquitto_sub -h host -t topic -u user -P VALUE",
     "$ mosquitto_sub -h «ip» -t 'oven/#' -u «u» -P «V» -v\n"),
    # ---- stdin
    ("fscrypt_unlock_here_string", "stdin", "fscrypt unlock dir --quiet <<< 'VALUE'",
     "$ fscrypt unlock /srv/continuity --quiet <<< '«V»'\n"),
    ("veracrypt_stdin_flag_echo", "stdin", "echo 'VALUE' | veracrypt --text --non-interactive --stdin --mount vol dir",
     "$ echo '«V»' | veracrypt --text --non-interactive --stdin --mount /media/usb/kit.hc /mnt/kit\n"),
    ("cryfs_noninteractive_echo", "stdin", "echo 'VALUE' | CRYFS_FRONTEND=noninteractive cryfs base mount",
     "$ echo '«V»' | CRYFS_FRONTEND=noninteractive cryfs ~/Nextcloud/.scans ~/scans\n"),
    ("kwallet_query_write_here_string", "stdin", "kwallet-query -f folder -w entry wallet <<< 'VALUE'",
     "$ kwallet-query -f ventilate -w trailer-router kdewallet <<< '«V»'\n"),
    ("keyctl_padd_user_key_printf", "stdin", "printf '%s' 'VALUE' | keyctl padd user name @u",
     "$ printf '%s' '«V»' | keyctl padd user oven-a @u\n«n»\n"),
    # ---- lib
    ("python_clickhouse_client_ctor_fifth", "lib", "Client(host, port, db, user, 'VALUE')",
     "from clickhouse_driver import Client\n\nclient = Client('«ip»', 9000, 'stock', '«u»', '«V»')\nrows = client.execute('SELECT count() FROM events')\n"),
    ("python_exchangelib_credentials_second", "lib", "Credentials(user, 'VALUE')",
     "from exchangelib import Account, Credentials\n\ncreds = Credentials('«u»@gaslight-hmu.example', '«V»')\nacct = Account('bookings@gaslight-hmu.example', credentials=creds, autodiscover=True)\n"),
    ("python_aiohttp_basicauth_second", "lib", "aiohttp.BasicAuth(user, 'VALUE')",
     "import aiohttp\n\nauth = aiohttp.BasicAuth('«u»', '«V»')\nasync with aiohttp.ClientSession(auth=auth) as s:\n    r = await s.get('http://«ip»/status')\n"),
    ("python_bcrypt_hashpw_first", "lib", "bcrypt.hashpw(b'VALUE', bcrypt.gensalt())",
     "import bcrypt\n\nstored = bcrypt.hashpw(b'«V»', bcrypt.gensalt(rounds=12))\n"),
    ("python_win32security_logonuser_third", "lib", "win32security.LogonUser(user, domain, 'VALUE', type, provider)",
     "import win32con, win32security\n\nh = win32security.LogonUser('«u»', 'THISTLE', '«V»', win32con.LOGON32_LOGON_INTERACTIVE, win32con.LOGON32_PROVIDER_DEFAULT)\n"),
    ("python_pywinrm_session_auth_tuple", "lib", "winrm.Session(host, auth=(user, 'VALUE'))",
     "import winrm\n\ns = winrm.Session('«ip»', auth=('«u»', '«V»'), transport='ntlm')\nprint(s.run_cmd('ipconfig').std_out)\n"),
    ("python_jira_basic_auth_tuple", "lib", "JIRA(server, basic_auth=(user, 'VALUE'))",
     "from jira import JIRA\n\njira = JIRA('https://ventilate.atlassian.net', basic_auth=('«u»@ventilate.example', '«V»'))\n"),
    ("python_pyicloud_service_second", "lib", "PyiCloudService(apple_id, 'VALUE')",
     "from pyicloud import PyiCloudService\n\napi = PyiCloudService('«u»@gaslight-hmu.example', '«V»')\nphotos = api.photos.albums['Continuity']\n"),
    ("python_django_create_superuser_third", "lib", "User.objects.create_superuser(name, email, 'VALUE')",
     "from django.contrib.auth import get_user_model\n\nUser = get_user_model()\nUser.objects.create_superuser('«u»', '«u»@ventilate.example', '«V»')\n"),
    ("javascript_cryptojs_aes_encrypt_second", "lib", "CryptoJS.AES.encrypt(data, 'VALUE')",
     "import CryptoJS from 'crypto-js';\n\nconst blob = CryptoJS.AES.encrypt(JSON.stringify(order), '«V»').toString();\n"),
    ("javascript_sjcl_encrypt_first", "lib", "sjcl.encrypt('VALUE', data)",
     "const ct = sjcl.encrypt('«V»', JSON.stringify(notes));\nlocalStorage.setItem('notes', ct);\n"),
    ("javascript_webcrypto_importkey_raw_pbkdf2", "lib", "crypto.subtle.importKey('raw', encode('VALUE'), 'PBKDF2', ...)",
     "const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('«V»'), 'PBKDF2', false, ['deriveKey']);\n"),
    ("javascript_xmlhttprequest_open_fifth", "lib", "xhr.open(method, url, async, user, 'VALUE')",
     "const xhr = new XMLHttpRequest();\nxhr.open('GET', '/cgi-bin/status.cgi', true, '«u»', '«V»');\nxhr.send();\n"),
    ("java_apache_httpclient_ntcredentials_second", "lib", "new NTCredentials(user, \"VALUE\".toCharArray(), workstation, domain)",
     "CredentialsProvider cp = CredentialsProviderBuilder.create()\n    .add(new AuthScope(\"«ip»\", 443), new NTCredentials(\"«u»\", \"«V»\".toCharArray(), \"SCANNER-PC\", \"THISTLE\"))\n    .build();\n"),
    ("java_pbekeyspec_first", "lib", "new PBEKeySpec(\"VALUE\".toCharArray(), salt, iterations, bits)",
     "byte[] salt = SecureRandom.getInstanceStrong().generateSeed(16);\nPBEKeySpec spec = new PBEKeySpec(\"«V»\".toCharArray(), salt, 210000, 256);\n"),
    ("scala_doobie_transactor_fourth", "lib", "Transactor.fromDriverManager[IO](driver, url, user, \"VALUE\", None)",
     "val xa = Transactor.fromDriverManager[IO](\n  \"org.postgresql.Driver\", \"jdbc:postgresql://«ip»/stock\", \"«u»\", \"«V»\", None\n)\n"),
    ("groovy_sql_newinstance_third", "lib", "Sql.newInstance(url, user, 'VALUE', driver)",
     "import groovy.sql.Sql\n\ndef sql = Sql.newInstance('jdbc:h2:tcp://«ip»/stock', '«u»', '«V»', 'org.h2.Driver')\n"),
    ("csharp_mqttnet_withcredentials_second", "lib", ".WithCredentials(user, \"VALUE\")",
     "var options = new MqttClientOptionsBuilder()\n    .WithTcpServer(\"«ip»\", 1883)\n    .WithCredentials(\"«u»\", \"«V»\")\n    .Build();\n"),
    ("go_net_http_setbasicauth_second", "lib", "req.SetBasicAuth(user, \"VALUE\")",
     "req, _ := http.NewRequest(\"GET\", \"http://«ip»/api/v1/status\", nil)\nreq.SetBasicAuth(\"«u»\", \"«V»\")\n"),
    ("go_gowebdav_newclient_third", "lib", "gowebdav.NewClient(url, user, \"VALUE\")",
     "c := gowebdav.NewClient(\"https://dav.gaslight-hmu.example/kit\", \"«u»\", \"«V»\")\nfiles, _ := c.ReadDir(\"/\")\n"),
    ("rust_reqwest_basic_auth_some", "lib", ".basic_auth(user, Some(\"VALUE\"))",
     "let res = client\n    .get(\"http://«ip»/api/status\")\n    .basic_auth(\"«u»\", Some(\"«V»\"))\n    .send()\n    .await?;\n"),
    ("ruby_net_http_basic_auth_second", "lib", "req.basic_auth user, 'VALUE'",
     "req = Net::HTTP::Get.new(URI('http://«ip»/status'))\nreq.basic_auth '«u»', '«V»'\n"),
    ("ruby_faraday_request_authorization_fourth", "lib", "f.request :authorization, :basic, user, 'VALUE'",
     "conn = Faraday.new(url: 'https://stock.ventilate.example') do |f|\n  f.request :authorization, :basic, '«u»', '«V»'\nend\n"),
    ("php_guzzle_auth_array_second", "lib", "['auth' => [user, 'VALUE']]",
     "$res = $client->get('/api/orders', ['auth' => ['«u»', '«V»']]);\n"),
    ("r_httr_authenticate_second", "lib", "authenticate(user, \"VALUE\")",
     "library(httr)\nr <- GET(\"https://stock.ventilate.example/api/orders\", authenticate(\"«u»\", \"«V»\"))\n"),
    ("elixir_req_auth_basic_tuple", "lib", "Req.get!(url, auth: {:basic, \"user:VALUE\"})",
     "resp = Req.get!(\"https://stock.ventilate.example/api/orders\", auth: {:basic, \"«u»:«V»\"})\n"),
    ("haskell_http_client_applybasicauth_second", "lib", "applyBasicAuth \"user\" \"VALUE\" req",
     "req <- parseRequest \"http://«ip»/status\"\nlet req' = applyBasicAuth \"«u»\" \"«V»\" req\n"),
    ("c_odbc_sqlconnect_sixth", "lib", "SQLConnect(hdbc, dsn, SQL_NTS, user, SQL_NTS, \"VALUE\", SQL_NTS)",
     "rc = SQLConnect(hdbc, (SQLCHAR *)\"StockDSN\", SQL_NTS, (SQLCHAR *)\"«u»\", SQL_NTS,\n                (SQLCHAR *)\"«V»\", SQL_NTS);\n"),
    ("cpp_poco_httpbasiccredentials_second", "lib", "HTTPBasicCredentials creds(user, \"VALUE\")",
     "Poco::Net::HTTPBasicCredentials creds(\"«u»\", \"«V»\");\ncreds.authenticate(request);\n"),
    ("vbscript_swbemlocator_connectserver_fourth", "lib", "locator.ConnectServer(host, ns, user, \"VALUE\")",
     "Set locator = CreateObject(\"WbemScripting.SWbemLocator\")\nSet svc = locator.ConnectServer(\"«ip»\", \"root\\cimv2\", \"THISTLE\\«u»\", \"«V»\")\n"),
    # ---- gui
    ("playwright_page_fill_second", "gui", "await page.fill('#f2', 'VALUE')",
     "await page.fill('#f1', '«u»');\nawait page.fill('#f2', '«V»');\nawait page.click('text=Sign in');\n"),
    ("selenium_python_send_keys_call", "gui", "driver.find_element(By.ID, 'f2').send_keys('VALUE')",
     "driver.find_element(By.ID, 'f1').send_keys('«u»')\ndriver.find_element(By.ID, 'f2').send_keys('«V»')\n"),
    ("puppeteer_page_type_second", "gui", "await page.type('#f2', 'VALUE', {delay})",
     "await page.type('#f1', '«u»');\nawait page.type('#f2', '«V»', { delay: 40 });\n"),
    ("cypress_get_type_chain", "gui", "cy.get('#f2').type('VALUE', {log: false})",
     "cy.get('#f1').type('«u»')\ncy.get('#f2').type('«V»', { log: false })\ncy.contains('Sign in').click()\n"),
    ("testcafe_typetext_second", "gui", "await t.typeText('#f2', 'VALUE')",
     "await t\n    .typeText('#f1', '«u»')\n    .typeText('#f2', '«V»')\n    .click('#go');\n"),
    ("nightwatch_setvalue_second", "gui", "browser.setValue('#f2', 'VALUE')",
     "browser\n  .setValue('#f1', '«u»')\n  .setValue('#f2', '«V»')\n  .click('#go');\n"),
    ("espresso_perform_typetext", "gui", "onView(withId(R.id.f2)).perform(typeText(\"VALUE\"))",
     "onView(withId(R.id.f1)).perform(typeText(\"«u»\"));\nonView(withId(R.id.f2)).perform(typeText(\"«V»\"), closeSoftKeyboard());\n"),
    ("xcuitest_typetext_call", "gui", "app.textFields[\"f2\"].typeText(\"VALUE\")",
     "let field = app.textFields[\"f2\"]\nfield.tap()\nfield.typeText(\"«V»\")\n"),
    ("maestro_flow_inputtext_step", "gui", "- inputText: \"VALUE\" after tapOn id f2",
     "appId: example.gaslight.call\n---\n- launchApp\n- tapOn:\n    id: \"f2\"\n- inputText: \"«V»\"\n- tapOn: \"Sign in\"\n"),
    ("capybara_fill_in_with_option", "gui", "fill_in 'f2', with: 'VALUE'",
     "visit '/clinic/login'\nfill_in 'f1', with: '«u»'\nfill_in 'f2', with: '«V»'\nclick_button 'Sign in'\n"),
    ("robot_framework_input_text_keyword", "gui", "Input Text    id:f2    VALUE",
     "*** Test Cases ***\nClinic Desk Login\n    Open Browser    https://clinic.thistlecombe-wigs.example    firefox\n    Input Text    id:f1    «u»\n    Input Text    id:f2    «V»\n    Click Button    Sign in\n"),
    ("katalon_webui_settext_second", "gui", "WebUI.setText(findTestObject('f2'), 'VALUE')",
     "WebUI.openBrowser('https://clinic.thistlecombe-wigs.example')\nWebUI.setText(findTestObject('Clinic/f1'), '«u»')\nWebUI.setText(findTestObject('Clinic/f2'), '«V»')\n"),
    ("squish_type_second", "gui", "type(waitForObject(name), \"VALUE\")",
     "def main():\n    startApplication(\"DyeStation\")\n    type(waitForObject(\":Login.f2_Edit\"), \"«V»\")\n    clickButton(waitForObject(\":Login.OK_Button\"))\n"),
    ("pywinauto_type_keys_call", "gui", "dlg.child_window(auto_id='f2').type_keys('VALUE')",
     "app = Application(backend='uia').start(r'C:\\ChromaDose\\Station.exe')\ndlg = app.window(title_re='Login.*')\ndlg.child_window(auto_id='f2').type_keys('«V»', with_spaces=False)\n"),
    ("uiautomator2_set_text_call", "gui", "d(resourceId=...f2).set_text(\"VALUE\")",
     "d = u2.connect('«ip»')\nd(resourceId=\"example.gaslight.call:id/f2\").set_text(\"«V»\")\n"),
    ("applescript_system_events_keystroke", "gui", "tell application \"System Events\" to keystroke \"VALUE\"",
     "tell application \"Scanner Capture\" to activate\ndelay 1\ntell application \"System Events\" to keystroke \"«V»\"\ntell application \"System Events\" to key code 36\n"),
    ("dotnet_forms_sendkeys_sendwait", "gui", "SendKeys.SendWait(\"VALUE{ENTER}\")",
     "SetForegroundWindow(hwnd);\nSystem.Windows.Forms.SendKeys.SendWait(\"«V»{ENTER}\");\n"),
    ("vbscript_wshshell_sendkeys_call", "gui", "WshShell.SendKeys \"VALUE\"",
     "Set WshShell = CreateObject(\"WScript.Shell\")\nWshShell.AppActivate \"Dispenser Login\"\nWScript.Sleep 500\nWshShell.SendKeys \"«V»\"\nWshShell.SendKeys \"{ENTER}\"\n"),
    ("kitty_at_send_text", "gui", "kitty @ send-text --match title:x 'VALUE\\r'",
     "$ kitty @ send-text --match title:router '«V»\\r'\n"),
    ("wezterm_cli_send_text", "gui", "wezterm cli send-text --pane-id n --no-paste 'VALUE'",
     "$ wezterm cli send-text --pane-id «n» --no-paste '«V»'\n"),
    ("zellij_action_write_chars", "gui", "zellij action write-chars 'VALUE'",
     "$ zellij action write-chars '«V»'\n$ zellij action write 13\n"),
    ("csharp_uia_valuepattern_setvalue", "gui", "((ValuePattern)el.GetCurrentPattern(ValuePattern.Pattern)).SetValue(\"VALUE\")",
     "var field = window.FindFirst(TreeScope.Descendants, new PropertyCondition(AutomationElement.AutomationIdProperty, \"f2\"));\n((ValuePattern)field.GetCurrentPattern(ValuePattern.Pattern)).SetValue(\"«V»\");\n"),
    # ---- file
    ("openvpn_credentials_file_second_line", "file", "client credentials file: user line, VALUE line",
     "# /etc/openvpn/client/trailer3.auth  (mode 600)\n«u»\n«V»\n"),
    ("svnserve_users_section_value_after_name", "file", "svnserve users file: [users] user = VALUE",
     "### svnserve users file for /srv/svn/wigpatterns\n[users]\n«u» = «V»\n"),
    ("proxychains_socks5_line_fifth_field", "file", "proxychains.conf: socks5 host port user VALUE",
     "strict_chain\nproxy_dns\n[ProxyList]\nsocks5 «ip» 1080 «u» «V»\n"),
    ("squid_parent_cache_login_colon_pair", "file", "cache_peer host parent port 0 ... login=user:VALUE",
     "http_port 3128\ncache_peer proxy.gaslight-hmu.example parent 3128 0 no-query default login=«u»:«V»\nnever_direct allow all\n"),
    ("jetty_realm_file_value_after_colon", "file", "realm.properties: user: VALUE, role, role",
     "# realm.properties for the kit console\n«u»: «V», admin, kit\n"),
    ("ntp_keys_file_third_field", "file", "ntp.keys: id M VALUE",
     "# /etc/ntp.keys - oven controllers\n«n» M «V»\n"),
    ("frigate_camera_rtsp_input_userinfo", "file", "frigate config: path: rtsp://user:VALUE@host/stream",
     "cameras:\n  casting_bench:\n    ffmpeg:\n      inputs:\n        - path: rtsp://«u»:«V»@«ip»:554/stream1\n          roles:\n            - record\n"),
    ("wifi_qr_payload_p_field", "file", "WIFI:T:WPA;S:ssid;P:VALUE;;",
     "payload of the QR sticker on trailer 3's door:\nWIFI:T:WPA;S:Trailer3-HMU;P:«V»;;\n"),
    ("thistlecombe_clinic_desk_psv_third_field", "file", "invented clinic staff import: staffno|name|init|room",
     "staffno|name|init|room\n1«n»|«u»|«V»|fitting-2\n"),
    ("gaslight_kit_badge_qr_semicolon_third", "file", "invented kit tablet QR: GLK1;user;VALUE;trailer",
     "GLK1;«u»;«V»;trailer3\n"),
    # ---- sql
    ("sp_setapprole_second_positional", "sql", "EXEC sp_setapprole 'role', 'VALUE'",
     "USE Stock;\nEXEC sp_setapprole 'StockReporting', '«V»';\nSELECT TOP 10 * FROM dbo.WigOrders;\n"),
    ("derby_syscs_create_user_second", "sql", "CALL SYSCS_UTIL.SYSCS_CREATE_USER(user, 'VALUE')",
     "ij> CALL SYSCS_UTIL.SYSCS_CREATE_USER('«u»', '«V»');\n0 rows inserted/updated/deleted\n"),
    ("md5_role_hash_concat_first", "sql", "SELECT 'md5' || md5('VALUE' || user)",
     "SELECT 'md5' || md5('«V»' || '«u»');\n"),
    ("arangosh_users_save_second", "sql", "require('@arangodb/users').save(user, 'VALUE')",
     "arangosh> require(\"@arangodb/users\").save(\"«u»\", \"«V»\");\n"),
    ("decrypt_char_function_second", "sql", "SELECT DECRYPT_CHAR(col, 'VALUE')",
     "SELECT id, DECRYPT_CHAR(notes_enc, '«V»') FROM clinic.notes FETCH FIRST 5 ROWS ONLY;\n"),
    ("h2_create_linked_table_fourth", "sql", "CREATE LINKED TABLE t(driver, url, user, 'VALUE', table)",
     "CREATE LINKED TABLE kit_tags('org.h2.Driver', 'jdbc:h2:tcp://«ip»/kit', '«u»', '«V»', 'TAGS');\n"),
    ("clickhouse_remote_table_function_fourth", "sql", "SELECT ... FROM remote(host, db.table, user, 'VALUE')",
     "SELECT count() FROM remote('«ip»:9000', stock.events, '«u»', '«V»');\n"),
    # ---- proto
    ("smpp_bind_transmitter_pdu_second_cstring", "proto", "SMPP bind_transmitter PDU: system_id NUL VALUE NUL system_type NUL ...",
     "#SMPP#"),
    ("deluge_web_json_auth_login", "proto", "POST /json {\"method\": \"auth.login\", \"params\": [\"VALUE\"]}",
     "POST /json HTTP/1.1\r\nHost: «ip»:8112\r\nContent-Type: application/json\r\n\r\n{\"method\": \"auth.login\", \"params\": [\"«V»\"], \"id\": 1}\r\n"),
    ("socketio_emit_frame_third_element", "proto", "Socket.IO frame 42[\"login\",\"user\",\"VALUE\"]",
     "ws frames (kit.gaslight-hmu.example/socket.io/?EIO=4&transport=websocket)\n> 40\n< 40{\"sid\":\"" + "«sid»" + "\"}\n> 42[\"login\",\"«u»\",\"«V»\"]\n< 43[{\"ok\":true}]\n"),
    ("wamp_authenticate_message_second", "proto", "WAMP [5, \"VALUE\", {}] after a ticket CHALLENGE",
     "> [1, \"kit.realm\", {\"authmethods\": [\"ticket\"], \"authid\": \"«u»\", \"roles\": {\"caller\": {}}}]\n< [4, \"ticket\", {}]\n> [5, \"«V»\", {}]\n< [2, «n», {\"authrole\": \"crew\"}]\n"),
    ("queclink_at_command_first_parameter", "proto", "AT+GTBSI=VALUE,apn,...$",
     "SMS to the trailer 3 tracker:\nAT+GTBSI=«V»,mobile.example,,,,,,,0001$\n"),
    ("freeswitch_event_socket_auth_command", "proto", "ESL: auth VALUE after auth/request",
     "Content-Type: auth/request\n\nauth «V»\n\nContent-Type: command/reply\nReply-Text: +OK accepted\n"),
    ("tor_controlport_authenticate_quoted", "proto", "AUTHENTICATE \"VALUE\" on the control port",
     "$ nc 127.0.0.1 9051\nAUTHENTICATE \"«V»\"\n250 OK\nGETINFO version\n"),
]
NAMES = [s[0] for s in SYNTAXES]


def _smpp(user, value, rng):
    body = user.encode() + b"\0" + value.encode() + b"\0" + b"KIT\0" + b"\x34\x00\x00\x00"
    hdr = struct.pack(">IIII", 16 + len(body), 0x00000002, 0, rng.randint(1, 9))
    raw = hdr + body
    out = "b'"
    for byte in raw:
        ch = chr(byte)
        if ch in "\\'":
            out += "\\" + ch
        elif 32 <= byte < 127:
            out += ch
        else:
            out += "\\x%02x" % byte
    return out + "'"


def render(tpl, u, rng, ip, n):
    return (tpl.replace("«u»", u).replace("«ip»", ip).replace("«n»", str(n))
            .replace("«sid»", C.rs(rng, C.B64URL, 20)))


def build(reg, seed=27303):
    rng = random.Random(seed)
    recs = []
    for name, where, shape, tpl in SYNTAXES:
        for _ in range(300):
            v = W.password(rng, W.JOIN_STRICT, 0.3)
            if not reg.ok(v):
                continue
            u = rng.choice(W.FIRST).lower() + rng.choice(["", "", ".admin", "_ops", str(rng.randint(1, 9))])
            ip = f"10.73.{rng.randint(1, 40)}.{rng.randint(2, 250)}"
            n = rng.randint(2, 480)
            if tpl == "#SMPP#":
                lit_real = _smpp(u, v, rng)
                text = "SMPP bind to the SMS reminder gateway (python repr of the bytes sent):\n" + lit_real + "\n"
                start = text.index("\\x00" + v + "\\x00") + 4
                pre, post = text[:start], text[start + len(v):]
            else:
                text = render(tpl, u, rng, ip, n)
                pre, post = text.split("«V»")
            full = pre + v + post
            if full.count(v) != 1 or W.PW_ANY_RE.search(pre + post):
                continue
            reg.add(v)
            t = PREFIX + name
            recs.append(dict(type=t, container=f"{name}__{WHERE[where]}", text=full,
                             secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=t)],
                             source="password"))
            break
        else:
            raise RuntimeError("positional failed " + name)
    return recs

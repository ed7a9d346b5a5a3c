"""Positional password syntaxes: the password is known by its place."""
import random
from common92 import *

SUFFIX = {"cli": "api_client_terminal_capture", "cfg": "http_tooling_config_excerpt",
          "proto": "api_traffic_wire_capture", "code": "api_test_source_snippet", "sql": "test_data_sql_console"}

SYNTAX = [
 # HTTP clients on the command line
 ("curl_lower_u_user_colon_pass", "cli", '$ curl -u «u»:«V» https://«h»/v1/invoices'),
 ("curl_long_user_equals_pair", "cli", '$ curl --user=«u»:«V» -X DELETE https://«h»/v1/carts/88'),
 ("curl_proxy_user_pair", "cli", '$ curl --proxy http://proxy.example.net:3128 --proxy-user «u»:«V» https://«h»/'),
 ("curl_capital_u_proxy_pair", "cli", '$ curl -x proxy.example.net:8080 -U «u»:«V» -I https://«h»/health'),
 ("curl_x_proxy_url_userinfo", "cli", '$ curl -x http://«u»:«V»@proxy.example.net:3128 https://«h»/v1/ping'),
 ("curl_cert_colon_passphrase", "cli", '$ curl --cert client.pem:«V» --key client.key https://«h»/mtls/ping'),
 ("curl_pass_key_passphrase", "cli", '$ curl --key client.key --pass «V» --cert client.crt https://«h»/'),
 ("curl_tlspassword_srp", "cli", '$ curl --tlsauthtype SRP --tlsuser «u» --tlspassword «V» https://«h»/'),
 ("curl_digest_user_pair", "cli", '$ curl --digest -u «u»:«V» https://«h»/digest-auth/auth/«u»'),
 ("curl_url_userinfo_https", "cli", '$ curl -s https://«u»:«V»@«h»/v1/reports?limit=5'),
 ("wget_user_password_pair_flags", "cli", '$ wget --user=«u» --password=«V» https://«h»/exports/daily.csv'),
 ("wget_http_user_http_passwd", "cli", '$ wget --http-user=«u» --http-passwd=«V» -O spec.yaml https://«h»/openapi.yaml'),
 ("wget_proxy_password_flag", "cli", '$ wget -e use_proxy=yes --proxy-user=«u» --proxy-password=«V» https://«h»/'),
 ("wget_url_userinfo_http", "cli", '$ wget -q http://«u»:«V»@«h»/nightly/report.json'),
 ("httpie_lower_a_pair", "cli", '$ http -a «u»:«V» GET https://«h»/v1/me'),
 ("httpie_auth_equals_pair", "cli", '$ https --auth=«u»:«V» POST «h»/v1/orders sku=A-1 qty:=2'),
 ("httpie_digest_auth_type_pair", "cli", '$ http -A digest -a «u»:«V» «h»/digest-auth/auth/«u»/x'),
 ("xh_lower_a_pair", "cli", '$ xh -a «u»:«V» get «h»/v1/accounts'),
 ("curlie_lower_u_pair", "cli", '$ curlie -u «u»:«V» https://«h»/v1/usage'),
 ("hurl_user_option_pair", "cli", '$ hurl --user «u»:«V» --test smoke.hurl'),
 ("apachebench_capital_a_pair", "cli", '$ ab -n 2000 -c 50 -A «u»:«V» https://«h»/v1/search?q=x'),
 ("apachebench_capital_p_proxy_pair", "cli", '$ ab -n 100 -X proxy.example.net:3128 -P «u»:«V» http://«h»/'),
 ("hey_lower_a_pair", "cli", '$ hey -n 500 -c 20 -a «u»:«V» https://«h»/v1/catalog'),
 ("websocat_basic_auth_pair", "cli", '$ websocat --basic-auth «u»:«V» wss://«h»/v1/stream'),
 ("aria2c_http_passwd_flag", "cli", '$ aria2c --http-user=«u» --http-passwd=«V» https://«h»/dumps/fixtures.tar.gz'),
 ("lynx_dump_auth_pair", "cli", '$ lynx -dump -auth=«u»:«V» https://«h»/status.html'),
 ("ncat_proxy_auth_pair", "cli", '$ ncat --proxy proxy.example.net:3128 --proxy-type http --proxy-auth «u»:«V» «h» 443'),
 ("socat_proxy_proxyauth_option", "cli", '$ socat - PROXY:proxy.example.net:«h»:443,proxyport=3128,proxyauth=«u»:«V»'),
 ("composer_config_http_basic_fourth", "cli", '$ composer config http-basic.repo.example.com «u» «V»'),
 ("bundle_config_host_user_colon", "cli", '$ bundle config set gems.example.com «u»:«V»'),
 ("rabbitmqctl_add_user_third", "cli", '$ rabbitmqctl add_user «u» «V»'),
 ("rabbitmqctl_change_password_third", "cli", '$ rabbitmqctl change_password «u» «V»'),
 ("neo4j_admin_set_initial_password", "cli", '$ neo4j-admin dbms set-initial-password «V»'),
 ("xfreerdp_slash_p_colon", "cli", '$ xfreerdp /v:win-api-test.example.net /u:«u» /p:«V» /cert:ignore'),
 ("evil_winrm_lower_p_flag", "cli", '$ evil-winrm -i 10.0.4.12 -u «u» -p «V»'),
 ("mysql_glued_lower_p", "cli", '$ mysql -h db.example.net -u «u» -p«V» orders_test'),
 ("svn_checkout_password_flag", "cli", '$ svn checkout --username «u» --password «V» https://svn.example.org/api-fixtures/trunk'),
 ("git_clone_http_proxy_config_userinfo", "cli", '$ git -c http.proxy=http://«u»:«V»@proxy.example.net:3128 clone https://git.example.org/api/specs.git'),
 ("pip_install_proxy_userinfo", "cli", '$ pip install --proxy http://«u»:«V»@proxy.example.net:3128 schemathesis'),
 ("npm_config_set_proxy_userinfo", "cli", '$ npm config set https-proxy http://«u»:«V»@proxy.example.net:3128'),
 ("curlftpfs_url_userinfo_mount", "cli", '$ curlftpfs ftp://«u»:«V»@ftp.example.org/fixtures /mnt/fixtures'),
 ("smbmap_lower_p_flag", "cli", '$ smbmap -H 10.0.4.20 -u «u» -p «V»'),
 ("psql_conninfo_url_userinfo", "cli", '$ psql "postgresql://«u»:«V»@db.example.net:5432/contract_tests"'),
 ("amqp_url_userinfo_cli_arg", "cli", '$ amqp-publish -u amqp://«u»:«V»@mq.example.net:5672/%2f -r orders -b \'{"id":1}\''),
 ("nats_cli_user_password_flags", "cli", '$ nats --server nats://nats.example.net:4222 --user «u» --password «V» pub orders.created x'),
 # config lines known by place
 ("davfs2_secrets_url_user_pass_line", "cfg", '# /etc/davfs2/secrets\nhttps://dav.example.org/api-fixtures «u» «V»'),
 ("git_credentials_store_url_line", "cfg", '# ~/.git-credentials\nhttps://«u»:«V»@git.example.org'),
 ("apt_conf_proxy_url_userinfo", "cfg", 'Acquire::http::Proxy "http://«u»:«V»@proxy.example.net:3128/";'),
 ("pip_conf_index_url_userinfo", "cfg", '[global]\nindex-url = https://«u»:«V»@pypi.example.org/simple'),
 ("http_file_basic_user_space_pass", "cfg", 'GET https://«h»/v1/admin/jobs\nAuthorization: Basic «u» «V»'),
 ("http_file_digest_user_space_pass", "cfg", 'GET https://«h»/digest-auth/auth/x\nAuthorization: Digest «u» «V»'),
 ("hurl_basicauth_section_line", "cfg", 'GET https://«h»/v1/admin\n[BasicAuth]\n«u»: «V»\nHTTP 200'),
 ("k6_url_embedded_userinfo", "cfg", "export default function () {\n  http.get('https://«u»:«V»@«h»/basic-auth/«u»/check');\n}"),
 ("squid_ncsa_htpasswd_plain_pair", "cfg", '# file fed to htpasswd -i during proxy test setup\n«u» «V»'),
 ("nginx_auth_basic_seed_comment", "cfg", '# generated with: printf "«u»:$(openssl passwd -apr1 «V»)\\n" >> .htpasswd\nauth_basic_user_file /etc/nginx/.htpasswd;'),
 ("msmtprc_account_password_line", "cfg", 'account qa\nhost smtp.example.net\nuser «u»\npasswordeval echo «V»'),
 ("proxychains_conf_http_entry", "cfg", '[ProxyList]\nhttp 10.0.3.7 3128 «u» «V»'),
 ("redsocks_conf_login_password", "cfg", 'redsocks {\n  type = http-connect;\n  login = "«u»";\n  password = "«V»";\n}'),
 ("ssmtp_authpass_line", "cfg", 'root=«u»@example.org\nmailhub=smtp.example.net:587\nAuthUser=«u»\nAuthPass=«V»'),
 ("cntlm_conf_password_line", "cfg", 'Username «u»\nDomain CORP\nPassword «V»\nProxy 10.0.0.41:8080'),
 ("soapui_testrunner_lower_p_flag", "cli", '$ ./testrunner.sh -s"Orders TestSuite" -u «u» -p «V» orders-soapui-project.xml'),
 ("jmeter_proxy_lower_a_flag", "cli", '$ jmeter -n -t checkout.jmx -H proxy.example.net -P 3128 -u «u» -a «V»'),
 ("sqlmap_auth_cred_pair", "cli", '$ sqlmap -u "https://«h»/v1/items?id=1" --auth-type=Basic --auth-cred="«u»:«V»" --batch'),
 ("nikto_id_colon_pair", "cli", '$ nikto -h https://«h» -id «u»:«V»'),
 ("hydra_single_lower_p", "cli", '$ hydra -l «u» -p «V» «h» https-get /v1/admin'),
 ("wfuzz_basic_pair_flag", "cli", '$ wfuzz --basic «u»:«V» -w endpoints.txt https://«h»/FUZZ'),
 ("gobuster_capital_p_flag", "cli", '$ gobuster dir -u https://«h»/ -U «u» -P «V» -w api-words.txt'),
 ("chisel_auth_user_colon_flag", "cli", '$ chisel client --auth «u»:«V» https://tunnel.example.net R:8080:localhost:3000'),
 ("gost_proxy_url_userinfo", "cli", '$ gost -L http://«u»:«V»@:8080'),
 ("mitmproxy_proxyauth_option", "cli", '$ mitmdump --set proxyauth=«u»:«V» -s record_flows.py'),
 ("json_server_basic_auth_routes_note", "cfg", '// mock-auth.js used by json-server\nmodule.exports = basicAuth({ users: { "«u»": "«V»" } });'),
 # protocol exchanges
 ("imap_login_command_line", "proto", 'C: a001 CAPABILITY\nS: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nC: a002 LOGIN «u» «V»\nS: a002 OK LOGIN completed'),
 ("nntp_authinfo_pass_line", "proto", '> AUTHINFO USER «u»\n< 381 Password required\n> AUTHINFO PASS «V»\n< 281 Authentication accepted'),
 ("irc_server_pass_before_nick", "proto", '>> PASS «V»\n>> NICK apibot\n>> USER apibot 0 * :API test bot'),
 ("irc_nickserv_identify_message", "proto", '[12:0«d»] -> *NickServ* IDENTIFY «V»\n[12:0«d»] -NickServ- You are now identified.'),
 ("redis_resp_auth_array", "proto", '*3\\r\\n$4\\r\\nAUTH\\r\\n$«ul»\\r\\n«u»\\r\\n$«vl»\\r\\n«V»\\r\\n'),
 ("amqp_sasl_plain_response_decoded", "proto", 'Connection.StartOk mechanism=PLAIN response=\\x00«u»\\x00«V» locale=en_US'),
 ("xmpp_sasl_plain_decoded_trace", "proto", '<auth mechanism="PLAIN"/> decoded: [authzid=""] [authcid="«u»"] [passwd="«V»"]'),
 ("mqtt_connect_packet_fields_dump", "proto", 'MQTT Connect Command\n    Client ID: k6-load-07\n    User Name: «u»\n    Password: «V»'),
 ("stomp_connect_frame_headers", "proto", 'CONNECT\naccept-version:1.2\nhost:mq.example.net\nlogin:«u»\npasscode:«V»\n\n^@'),
 ("managesieve_authenticate_plain_decoded", "proto", 'C: AUTHENTICATE "PLAIN" (decoded) \\0«u»\\0«V»\nS: OK "Logged in."'),
 ("mysql_handshake_response_cleartext_plugin", "proto", 'HandshakeResponse41 user=«u» auth_plugin=mysql_clear_password auth_response="«V»"'),
 ("http_form_urlencoded_second_pair", "proto", 'POST /login HTTP/1.1\nHost: «h»\nContent-Type: application/x-www-form-urlencoded\n\n«u»&«V»&remember=1'),
 # code
 ("python_httpx_basicauth_second_arg", "code", 'auth = httpx.BasicAuth("«u»", "«V»")\nr = httpx.get("https://«h»/v1/me", auth=auth)'),
 ("python_requests_httpbasicauth_second_arg", "code", 'from requests.auth import HTTPBasicAuth\nresp = session.get(url, auth=HTTPBasicAuth("«u»", "«V»"))'),
 ("python_requests_httpdigestauth_second_arg", "code", 'resp = requests.get(url, auth=HTTPDigestAuth("«u»", "«V»"))'),
 ("python_aiohttp_basicauth_second_arg", "code", 'async with aiohttp.ClientSession(auth=aiohttp.BasicAuth("«u»", "«V»")) as s:\n    ...'),
 ("python_urllib_add_password_fourth", "code", 'mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()\nmgr.add_password(None, "https://«h»/", "«u»", "«V»")'),
 ("python_pycurl_userpwd_setopt", "code", 'c.setopt(pycurl.URL, "https://«h»/v1/ping")\nc.setopt(pycurl.USERPWD, "«u»:«V»")'),
 ("go_setbasicauth_second_arg", "code", 'req, _ := http.NewRequest("GET", base+"/v1/orders", nil)\nreq.SetBasicAuth("«u»", "«V»")'),
 ("go_url_userpassword_second_arg", "code", 'u := &url.URL{Scheme: "https", Host: "«h»", User: url.UserPassword("«u»", "«V»")}'),
 ("libcurl_c_userpwd_setopt", "code", 'curl_easy_setopt(h, CURLOPT_USERPWD, "«u»:«V»");'),
 ("php_curl_setopt_userpwd", "code", 'curl_setopt($ch, CURLOPT_USERPWD, "«u»:«V»");'),
 ("php_guzzle_auth_array_second", "code", "$res = $client->get('/v1/orders', ['auth' => ['«u»', '«V»']]);"),
 ("ruby_net_http_basic_auth_second", "code", "req = Net::HTTP::Get.new(uri)\nreq.basic_auth '«u»', '«V»'"),
 ("ruby_faraday_basic_authorization_fourth", "code", "conn = Faraday.new(url: 'https://«h»') do |f|\n  f.request :authorization, :basic, '«u»', '«V»'\nend"),
 ("rust_reqwest_basic_auth_some", "code", 'let resp = client.get(url).basic_auth("«u»", Some("«V»")).send().await?;'),
 ("java_okhttp_credentials_basic_second", "code", 'String credential = Credentials.basic("«u»", "«V»");'),
 ("java_restassured_auth_basic_second", "code", 'given().auth().preemptive().basic("«u»", "«V»").when().get("/v1/orders").then().statusCode(200);'),
 ("java_restassured_auth_digest_second", "code", 'given().auth().digest("«u»", "«V»").get("/digest").then().statusCode(200);'),
 ("java_password_authentication_tochararray", "code", 'return new PasswordAuthentication("«u»", "«V»".toCharArray());'),
 ("spring_basic_auth_interceptor_second", "code", 'restTemplate.getInterceptors().add(new BasicAuthenticationInterceptor("«u»", "«V»"));'),
 ("spring_webclient_basic_authentication_filter", "code", 'WebClient.builder().filter(ExchangeFilterFunctions.basicAuthentication("«u»", "«V»")).build();'),
 ("js_superagent_auth_second_arg", "code", "const res = await superagent.get(url).auth('«u»', '«V»');"),
 ("js_supertest_auth_second_arg", "code", "await request(app).get('/admin').auth('«u»', '«V»').expect(200);"),
 ("js_btoa_user_colon_literal", "code", "headers: { Authorization: 'Basic ' + btoa('«u»:«V»') }"),
 ("node_http_request_auth_string", "code", "https.request({ host: '«h»', path: '/v1/me', auth: '«u»:«V»' }, onResponse);"),
 ("gatling_basic_auth_second_arg", "code", 'http("admin").get("/admin").basicAuth("«u»", "«V»")'),
 ("elixir_hackney_basic_auth_tuple", "code", 'HTTPoison.get(url, [], hackney: [basic_auth: {"«u»", "«V»"}])'),
 ("dart_base64_user_colon_literal", "code", "final auth = 'Basic ' + base64Encode(utf8.encode('«u»:«V»'));"),
 ("csharp_encoding_getbytes_user_colon", "code", 'var raw = Encoding.ASCII.GetBytes("«u»:«V»");\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));'),
 ("kotlin_ktor_basicauthcredentials_positional", "code", 'credentials { BasicAuthCredentials("«u»", "«V»") }'),
 ("swift_urlcredential_password_label", "code", 'let cred = URLCredential(user: "«u»", password: "«V»", persistence: .forSession)'),
 ("powershell_pscredential_plain_second", "code", '$cred = [pscredential]::new("«u»", (ConvertTo-SecureString -AsPlainText -Force -String "«V»"))'),
 # SQL / data stores
 ("clickhouse_create_user_sha256_by", "sql", "CREATE USER «u» IDENTIFIED WITH sha256_password BY '«V»';"),
 ("snowflake_alter_user_set_password", "sql", "ALTER USER «u» SET PASSWORD = '«V»' MUST_CHANGE_PASSWORD = FALSE;"),
 ("mssql_sp_addlogin_second_arg", "sql", "EXEC sp_addlogin '«u»', '«V»', 'contract_tests';"),
 ("neo4j_create_user_set_password", "sql", "CREATE USER «u» SET PASSWORD '«V»' CHANGE NOT REQUIRED;"),
 ("neo4j_alter_current_user_from_to", "sql", "ALTER CURRENT USER SET PASSWORD FROM 'changeme' TO '«V»';"),
 ("cypher_dbms_security_createuser_second", "sql", "CALL dbms.security.createUser('«u»', '«V»', false);"),
 ("influxql_create_user_with_password", "sql", "CREATE USER «u» WITH PASSWORD '«V»' WITH ALL PRIVILEGES"),
 ("cockroach_create_user_login_password", "sql", "CREATE USER «u» WITH LOGIN PASSWORD '«V»';"),
]


# written but dropped: the password sits behind a telling key or flag name rather than by place alone
DROP_PW = {"wget_user_password_pair_flags", "wget_proxy_password_flag", "swift_urlcredential_password_label",
           "redsocks_conf_login_password", "cntlm_conf_password_line", "ssmtp_authpass_line",
           "mqtt_connect_packet_fields_dump", "xmpp_sasl_plain_decoded_trace", "http_form_urlencoded_second_pair",
           "nats_cli_user_password_flags", "svn_checkout_password_flag",
           # same syntax as a p89 / p91 syntax under another name
           "java_password_authentication_tochararray", "pip_conf_index_url_userinfo", "ruby_net_http_basic_auth_second",
           "go_setbasicauth_second_arg", "rust_reqwest_basic_auth_some", "nginx_auth_basic_seed_comment",
           "curlftpfs_url_userinfo_mount", "git_credentials_store_url_line"}


def build(reg, seed=9203):
    rng = random.Random(seed)
    recs = []
    for name, cat, tpl in SYNTAX:
        if name in DROP_PW:
            continue
        val = reg.take(lambda: owner_password(rng))
        u = rng.choice(USERS)
        subs = {"u": u, "h": rng.choice(HOSTS), "d": str(rng.randint(1, 9)), "ul": str(len(u)), "vl": str(len(val))}
        if name == "http_form_urlencoded_second_pair":
            tpl = tpl.replace("«u»&«V»", "username=«u»&password=«V»")
        text, s = fill(tpl, val, subs)
        recs.append(dict(type=name, container=name + "__" + SUFFIX[cat], text=text,
                         secrets=[dict(value=val, start=s, end=s + len(val), type=name)], source="password"))
    return recs

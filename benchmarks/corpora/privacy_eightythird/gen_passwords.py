"""Positional password syntaxes: the value's place says it is a password (seed 8303)."""
import random
from common import *

M = MARK
SUFFIX = {"cli": "service_oncall_shell_history", "cfg": "microservice_config_file_excerpt",
          "code": "service_repo_source_excerpt", "proto": "broker_wire_trace_capture"}
TOK = lambda r: an(r, 40)
P = [
    # brokers: Kafka / ZooKeeper / schema registry / ksqlDB
    ("kafka_configs_scram_add_config_bracket", "cli", "$ kafka-configs.sh --bootstrap-server {H}:9092 --alter --add-config 'SCRAM-SHA-512=[iterations=8192,password=" + M + "]' --entity-type users --entity-name {U}\n"),
    ("kafka_jaas_user_prefixed_entry", "cfg", "KafkaServer {{\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username=\"broker\"\n  password=\"broker-inter\"\n  user_{U}=\"" + M + "\";\n}};\n"),
    ("kcat_x_sasl_password_property", "cli", "$ kcat -b {H}:9093 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-256 -X sasl.username={U} -X sasl.password=" + M + " -L\n"),
    ("zkcli_addauth_digest_user_colon", "cli", "[zk: {H}:2181(CONNECTED) 0] addauth digest {U}:" + M + "\n[zk: {H}:2181(CONNECTED) 1] ls /brokers/ids\n"),
    ("schema_registry_basic_auth_user_info", "cfg", "schema.registry.url=https://{H}:8081\nbasic.auth.credentials.source=USER_INFO\nbasic.auth.user.info={U}:" + M + "\n"),
    ("ksql_cli_user_then_password_flags", "cli", "$ ksql -u {U} -p " + M + " https://{H}:8088\n"),
    ("kafka_ssl_key_password_property", "cfg", "ssl.keystore.location=/etc/kafka/secrets/{U}.p12\nssl.keystore.type=PKCS12\nssl.key.password=" + M + "\n"),
    ("kafka_sasl_authenticate_plain_bytes_decoded", "proto", "SaslHandshake v1 mechanism=PLAIN -> ok\nSaslAuthenticate v2 auth_bytes (decoded): \\x00{U}\\x00" + M + "\n<- error_code=0 session_lifetime_ms=0\n"),
    # RabbitMQ / AMQP / STOMP / ActiveMQ
    ("rabbitmqctl_change_password_positional", "cli", "$ rabbitmqctl change_password {U} " + M + "\nChanging password for user \"{U}\" ...\n"),
    ("rabbitmqadmin_declare_user_password_pair", "cli", "$ rabbitmqadmin -H {H} declare user name={U} password=" + M + " tags=monitoring\n"),
    ("amqp_url_userinfo_vhost", "cfg", "AMQP_URL=amqp://{U}:" + M + "@{H}:5672/{S}\n"),
    ("rabbitmq_conf_default_pass_line", "cfg", "# /etc/rabbitmq/rabbitmq.conf\nlisteners.tcp.default = 5672\ndefault_user = {U}\ndefault_pass = " + M + "\n"),
    ("docker_run_rabbitmq_default_pass_env", "cli", "$ docker run -d --name mq -e RABBITMQ_DEFAULT_USER={U} -e RABBITMQ_DEFAULT_PASS=" + M + " rabbitmq:3-management\n"),
    ("amqp_start_ok_plain_response_decoded", "proto", "C: Connection.StartOk mechanism=PLAIN locale=en_US\n   response (decoded) = \"\\0{U}\\0" + M + "\"\nS: Connection.Tune channel_max=2047 frame_max=131072\n"),
    ("stomp_connect_frame_passcode_header", "proto", "CONNECT\naccept-version:1.2\nhost:/{S}\nlogin:{U}\npasscode:" + M + "\n\n^@\n"),
    ("activemq_users_properties_name_equals", "cfg", "# conf/users.properties (name=password)\nadmin=ENC(provided-by-vault)\n{U}=" + M + "\n"),
    ("artemis_create_broker_password_flag", "cli", "$ ./artemis create /var/lib/{S}-broker --user {U} --password " + M + " --require-login\n"),
    ("elixir_amqp_connection_open_kw", "code", "{{:ok, conn}} = AMQP.Connection.open(host: \"{H}\", username: \"{U}\", password: \"" + M + "\")\n"),
    ("rust_lapin_connect_amqp_uri", "code", "let conn = Connection::connect(\"amqp://{U}:" + M + "@{H}:5672/%2f\", ConnectionProperties::default()).await?;\n"),
    ("spring_rabbitmq_password_property", "cfg", "spring.rabbitmq.host={H}\nspring.rabbitmq.username={U}\nspring.rabbitmq.password=" + M + "\n"),
    ("terraform_rabbitmq_provider_password", "cfg", "provider \"rabbitmq\" {{\n  endpoint = \"https://{H}:15672\"\n  username = \"{U}\"\n  password = \"" + M + "\"\n}}\n"),
    # NATS
    ("nats_url_userinfo_password", "cfg", "NATS_URL=nats://{U}:" + M + "@{H}:4222\n"),
    ("nats_server_user_pass_flags", "cli", "$ nats-server -js --user {U} --pass " + M + " -p 4222\n"),
    ("nats_conf_users_array_entry", "cfg", "authorization {{\n  users = [\n    {{ user: {U}, password: \"" + M + "\" }}\n  ]\n}}\n"),
    ("nats_connect_protocol_json_pass", "proto", "[#1] <- INFO {{\"server_id\":\"N{X}\",\"auth_required\":true}}\n[#1] -> CONNECT {{\"verbose\":false,\"pedantic\":false,\"user\":\"{U}\",\"pass\":\"" + M + "\",\"name\":\"{S}\"}}\n"),
    ("go_nats_userinfo_option_second_arg", "code", "nc, err := nats.Connect(\"nats://{H}:4222\", nats.UserInfo(\"{U}\", \"" + M + "\"))\n"),
    ("rust_async_nats_user_and_password", "code", "let client = ConnectOptions::with_user_and_password(\"{U}\".into(), \"" + M + "\".into())\n    .connect(\"{H}:4222\").await?;\n"),
    ("compose_command_array_pass_arg", "cfg", "services:\n  nats:\n    image: nats:2.10\n    command: [\"-js\", \"--user\", \"{U}\", \"--pass\", \"" + M + "\"]\n"),
    # Pulsar
    ("pulsar_admin_auth_params_json_password", "cli", "$ pulsar-admin --admin-url https://{H}:8443 --auth-plugin org.apache.pulsar.client.impl.auth.AuthenticationBasic --auth-params '{{\"userId\":\"{U}\",\"password\":\"" + M + "\"}}' tenants list\n"),
    ("pulsar_client_conf_auth_params_token_prefix", "cfg", "authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken\nauthParams=token:" + M + "\n", "jwt"),
    # Consul / Vault / etcd
    ("consul_acl_set_agent_token_positional", "cli", "$ consul acl set-agent-token agent " + M + "\nACL token \"agent\" set successfully\n", "uuid"),
    ("consul_agent_encrypt_gossip_flag", "cli", "$ consul agent -server -bootstrap-expect=3 -data-dir=/opt/consul -encrypt=" + M + "\n", "b64key"),
    ("consul_kv_put_positional_value", "cli", "$ consul kv put config/{S}/db/password " + M + "\nSuccess! Data written to: config/{S}/db/password\n"),
    ("vault_login_userpass_password_pair", "cli", "$ vault login -method=userpass username={U} password=" + M + "\nSuccess! You are now authenticated.\n"),
    ("etcdctl_user_flag_root_colon", "cli", "$ etcdctl --endpoints=https://{H}:2379 --user root:" + M + " get /registry --prefix --keys-only\n"),
    ("etcdctl_user_add_new_user_password", "cli", "$ etcdctl user add {U} --new-user-password=" + M + "\nUser {U} created\n"),
    # gateways and proxies
    ("kong_admin_api_basic_auth_credential_form", "cli", "$ curl -sX POST http://{H}:8001/consumers/{U}/basic-auth --data username={U} --data password=" + M + "\n"),
    ("kong_deck_basicauth_credentials_item", "cfg", "consumers:\n- username: {U}\n  basicauth_credentials:\n  - username: {U}\n    password: " + M + "\n"),
    ("kong_admin_api_key_auth_key_form", "cli", "$ curl -sX POST http://{H}:8001/consumers/{U}/key-auth -d key=" + M + "\n", "tok"),
    ("tyk_conf_gateway_secret_field", "cfg", "{{\n  \"listen_port\": 8080,\n  \"secret\": \"" + M + "\",\n  \"template_path\": \"/opt/tyk-gateway/templates\"\n}}\n"),
    ("envoy_generic_secret_inline_string", "cfg", "resources:\n- \"@type\": type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret\n  name: {S}_hmac\n  generic_secret:\n    secret:\n      inline_string: \"" + M + "\"\n"),
    ("haproxy_userlist_insecure_password", "cfg", "userlist {S}_admins\n  user {U} insecure-password " + M + "\n"),
    ("haproxy_stats_auth_user_colon", "cfg", "listen stats\n  bind :8404\n  stats enable\n  stats auth {U}:" + M + "\n"),
    ("curl_proxy_user_colon_password", "cli", "$ curl --proxy http://egress.{H}:3128 --proxy-user {U}:" + M + " https://api.partner.example/v2/ping\n"),
    ("fluentbit_http_passwd_directive", "cfg", "[OUTPUT]\n    Name        http\n    Match       *\n    Host        {H}\n    HTTP_User   {U}\n    HTTP_Passwd " + M + "\n"),
    ("prometheus_scrape_basic_auth_password", "cfg", "scrape_configs:\n- job_name: {S}\n  basic_auth:\n    username: {U}\n    password: " + M + "\n  static_configs:\n  - targets: ['{H}:9102']\n"),
    ("alertmanager_smtp_auth_password_global", "cfg", "global:\n  smtp_smarthost: 'smtp.{H}:587'\n  smtp_auth_username: '{U}'\n  smtp_auth_password: '" + M + "'\n"),
    ("otel_basicauth_extension_client_auth", "cfg", "extensions:\n  basicauth/client:\n    client_auth:\n      username: {U}\n      password: " + M + "\n"),
    # JVM
    ("keytool_importcert_storepass_flag", "cli", "$ keytool -importcert -noprompt -alias {S}-ca -file ca.pem -keystore truststore.jks -storepass " + M + "\n"),
    ("openssl_pkcs12_export_passout_pass_prefix", "cli", "$ openssl pkcs12 -export -in {S}.crt -inkey {S}.key -out {S}.p12 -passout pass:" + M + "\n"),
    ("jvm_truststore_password_define", "cli", "$ java -Djavax.net.ssl.trustStore=/etc/{S}/trust.jks -Djavax.net.ssl.trustStorePassword=" + M + " -jar {S}.jar\n"),
    ("jvm_keystore_password_define", "cli", "JAVA_TOOL_OPTIONS=\"-Djavax.net.ssl.keyStore=/etc/{S}/client.p12 -Djavax.net.ssl.keyStorePassword=" + M + "\"\n"),
    ("java_password_authentication_char_array", "code", "return new PasswordAuthentication(\"{U}\", \"" + M + "\".toCharArray());\n"),
    ("ktor_basic_auth_credentials_ctor", "code", "install(Auth) {{\n    basic {{ credentials {{ BasicAuthCredentials(username = \"{U}\", password = \"" + M + "\") }} }}\n}}\n"),
    ("akka_http_basic_http_credentials_second_arg", "code", "val auth = Authorization(BasicHttpCredentials(\"{U}\", \"" + M + "\"))\n"),
    ("spring_security_inmemory_noop_password", "code", "UserDetails ops = User.withUsername(\"{U}\").password(\"{{noop}}" + M + "\").roles(\"ACTUATOR\").build();\n"),
    ("quarkus_embedded_users_key_is_username", "cfg", "quarkus.security.users.embedded.enabled=true\nquarkus.security.users.embedded.plain-text=true\nquarkus.security.users.embedded.users.{U}=" + M + "\n"),
    ("jetty_realm_properties_user_colon_password", "cfg", "# etc/realm.properties  username: password[,role ...]\n{U}: " + M + ", admin\n"),
    ("tomcat_users_xml_password_attribute", "cfg", "<tomcat-users>\n  <user username=\"{U}\" password=\"" + M + "\" roles=\"manager-script\"/>\n</tomcat-users>\n"),
    ("wildfly_add_user_u_p_flags", "cli", "$ $JBOSS_HOME/bin/add-user.sh -a -u {U} -p " + M + " -g guest\n"),
    ("jmxremote_password_file_role_line", "cfg", "# jmxremote.password (role password)\nmonitorRole " + M + "\n"),
    ("sbt_credentials_file_password_line", "cfg", "realm=Sonatype Nexus Repository Manager\nhost=nexus.{H}\nuser={U}\npassword=" + M + "\n"),
    ("jenkins_cli_auth_user_colon", "cli", "$ java -jar jenkins-cli.jar -s https://ci.{H}/ -auth {U}:" + M + " build {S}-deploy\n"),
    # Go
    ("go_smtp_plain_auth_third_arg", "code", "auth := smtp.PlainAuth(\"\", \"{U}@{H}\", \"" + M + "\", \"smtp.{H}\")\n"),
    ("go_url_user_password_second_arg", "code", "u := &url.URL{{Scheme: \"https\", Host: \"{H}\", User: url.UserPassword(\"{U}\", \"" + M + "\")}}\n"),
    ("go_ssh_password_auth_method_arg", "code", "cfg := &ssh.ClientConfig{{User: \"{U}\", Auth: []ssh.AuthMethod{{ssh.Password(\"" + M + "\")}}}}\n"),
    ("go_sarama_net_sasl_password_field", "code", "cfg.Net.SASL.Enable = true\ncfg.Net.SASL.User = \"{U}\"\ncfg.Net.SASL.Password = \"" + M + "\"\n"),
    ("go_franz_scram_auth_pass_field", "code", "opt := kgo.SASL(scram.Auth{{User: \"{U}\", Pass: \"" + M + "\"}}.AsSha512Mechanism())\n"),
    ("go_chi_basic_auth_credentials_map", "code", "r.Use(middleware.BasicAuth(\"{S}\", map[string]string{{\"{U}\": \"" + M + "\"}}))\n"),
    ("gin_accounts_map_value", "code", "authorized := r.Group(\"/admin\", gin.BasicAuth(gin.Accounts{{\"{U}\": \"" + M + "\"}}))\n"),
    ("echo_basicauth_validator_literal_compare", "code", "e.Use(middleware.BasicAuth(func(u, p string, c echo.Context) (bool, error) {{\n\treturn u == \"{U}\" && p == \"" + M + "\", nil\n}}))\n"),
    ("go_pgx_keyword_conninfo_password", "code", "conn, err := pgx.Connect(ctx, \"host={H} user={U} password=" + M + " dbname={S} sslmode=require\")\n"),
    ("go_grpc_metadata_append_bearer", "code", "ctx = metadata.AppendToOutgoingContext(ctx, \"authorization\", \"Bearer " + M + "\")\n", "tok"),
    # Rust
    ("rust_sqlx_database_url_userinfo", "cfg", "# .env for sqlx migrate\nDATABASE_URL=postgres://{U}:" + M + "@{H}:5432/{S}\n"),
    ("rust_rdkafka_clientconfig_set_pair", "code", "let producer: FutureProducer = ClientConfig::new()\n    .set(\"bootstrap.servers\", \"{H}:9093\")\n    .set(\"sasl.username\", \"{U}\")\n    .set(\"sasl.password\", \"" + M + "\")\n    .create()?;\n"),
    ("rust_ssh2_userauth_password_second_arg", "code", "sess.userauth_password(\"{U}\", \"" + M + "\")?;\n"),
    ("rust_tonic_metadata_insert_bearer", "code", "req.metadata_mut().insert(\"authorization\", \"Bearer " + M + "\".parse()?);\n", "tok"),
    # Elixir / Erlang
    ("elixir_brod_sasl_tuple_third_element", "code", "config :brod, clients: [\n  kafka: [endpoints: [{{\"{H}\", 9093}}], ssl: true, sasl: {{:scram_sha_512, \"{U}\", \"" + M + "\"}}]\n]\n"),
    ("erlang_amqp_params_binary_password", "cfg", "{{amqp_params_network, [{{host, \"{H}\"}}, {{username, <<\"{U}\">>}}, {{password, <<\"" + M + "\">>}}]}}.\n"),
    ("erlang_vm_setcookie_flag", "cli", "$ erl -name console@{H} -setcookie " + M + " -remsh {S}@{H}\n"),
    ("iex_remsh_cookie_flag", "cli", "$ iex --name debug@127.0.0.1 --cookie " + M + " --remsh {S}@{H}\n"),
    ("mix_release_cookie_env_export", "cli", "$ RELEASE_COOKIE=" + M + " _build/prod/rel/{S}/bin/{S} remote\n"),
    ("ecto_repo_config_password_kw", "cfg", "config :{S}, {M2}.Repo,\n  username: \"{U}\",\n  password: \"" + M + "\",\n  hostname: \"{H}\"\n"),
    ("phoenix_basic_auth_plug_opts", "code", "plug :basic_auth, username: \"{U}\", password: \"" + M + "\"\n"),
    ("mix_hex_organization_auth_key_flag", "cli", "$ mix hex.organization auth acme --key " + M + "\n", "hex32"),
    ("mix_hex_repo_add_auth_key_flag", "cli", "$ mix hex.repo add acme_private https://hex.{H} --auth-key " + M + "\n", "hex32"),
    # platform / misc protocols
    ("docker_secret_create_from_stdin", "cli", "$ printf '" + M + "' | docker secret create {S}_db_password -\n"),
    ("systemd_setcredential_id_colon_value", "cfg", "[Service]\nExecStart=/usr/bin/{S}\nSetCredential=db-password:" + M + "\n"),
    ("git_credentials_store_url_line", "cfg", "# ~/.git-credentials\nhttps://{U}:" + M + "@git.{H}\n"),
    ("git_config_insteadof_userinfo", "cli", "$ git config --global url.\"https://{U}:" + M + "@git.{H}/\".insteadOf \"https://git.{H}/\"\n"),
    ("helm_install_set_auth_password_rabbitmq", "cli", "$ helm upgrade --install mq bitnami/rabbitmq --set auth.username={U} --set auth.password=" + M + "\n"),
    ("ldapsearch_simple_bind_w_flag", "cli", "$ ldapsearch -x -H ldaps://ldap.{H} -D \"cn={U},ou=services,dc=example\" -w " + M + " \"(uid=alice)\"\n"),
    ("imap_login_command_positional", "proto", "S: * OK IMAP4rev1 ready\nC: a1 LOGIN {U} " + M + "\nS: a1 OK LOGIN completed\n"),
    ("redis_hello_auth_username_password", "proto", "127.0.0.1:6379> HELLO 3 AUTH {U} " + M + "\n1# \"server\" => \"redis\"\n"),
    ("step_ca_init_password_file_echo", "cli", "$ echo '" + M + "' > /tmp/ca-pw && step ca init --name {S}-ca --password-file /tmp/ca-pw\n"),
    ("emqx_ctl_admins_passwd_positional", "cli", "$ emqx ctl admins passwd {U} " + M + "\nok\n"),
    ("varnish_secret_file_echo_redirect", "cli", "$ echo '" + M + "' | sudo tee /etc/varnish/secret >/dev/null && varnishadm -T :6082 -S /etc/varnish/secret status\n"),
    ("saslpasswd2_stdin_echo_pipe", "cli", "$ echo '" + M + "' | saslpasswd2 -p -c -a memcached {U}\n"),
    ("memcached_sasl_pwdb_user_colon", "cfg", "# /etc/sasl2/memcached-sasl-pwdb\n{U}:" + M + "\n"),
    ("windows_sc_config_password_equals_space", "cli", "PS C:\\> sc.exe config {S}-agent obj= .\\{U} password= " + M + "\n[SC] ChangeServiceConfig SUCCESS\n"),
    ("rabbitmq_java_connectionfactory_setpassword", "code", "ConnectionFactory factory = new ConnectionFactory();\nfactory.setHost(\"{H}\");\nfactory.setUsername(\"{U}\");\nfactory.setPassword(\"" + M + "\");\n"),

]


def generate(used):
    r = random.Random(8303)
    gens = {None: pw, "tok": TOK, "uuid": uid, "hex32": lambda r: hx(r, 32),
            "b64key": lambda r: b64(r, 43) + "=", "jwt": lambda r: jwt(r, {"sub": user(r)})}
    recs = []
    for e in P:
        t, cat, tmpl = e[0], e[1], e[2]
        g = gens[e[3] if len(e) > 3 else None]
        v = used.take(lambda: g(r))
        svc = r.choice(HOSTS)
        f = dict(H=host(r), U=user(r), S=svc, M2=svc.capitalize(), X=up(r, 20))
        recs.append(("password", t, t + "__" + SUFFIX[cat], tmpl.format(**f), v))
    return recs

"""Positional-password part: one data-tool syntax per record (CLI flags, config directives, SQL, DSNs, API args)."""
import random
from common import R, uniq, mark, finalize, ALNUM, DIG, WORDS, USERS, HOSTS, DBS

SEED = 5403

SUFFIX = {"cmd": "notebook_shell_magic_cell", "cfg": "pipeline_repo_config_excerpt", "sql": "warehouse_console_query_tab"}

# (span type, group, template) ; @V password, @U user, @H host, @D database
SYNTAX = [
 ("psql_pgpassword_env_prefix", "cmd", "PGPASSWORD=@V psql -h @H -U @U -d @D -c 'select 1'"),
 ("pgpass_file_fifth_field", "cfg", "@H:5432:@D:@U:@V"),
 ("snowsql_config_connection_password", "cfg", "[connections.prod]\naccountname = xy12345.eu-central-1\nusername = @U\npassword = @V"),
 ("snowsql_pwd_env_prefix", "cmd", "SNOWSQL_PWD=@V snowsql -a xy12345 -u @U -q 'select current_role()'"),
 ("snowflake_create_user_password_literal", "sql", "CREATE USER @U PASSWORD = '@V' DEFAULT_ROLE = REPORTER MUST_CHANGE_PASSWORD = FALSE;"),
 ("snowflake_alter_user_set_password", "sql", "ALTER USER @U SET PASSWORD = '@V';"),
 ("redshift_create_user_password_literal", "sql", "create user @U password '@V' createdb;"),
 ("redshift_alter_user_password_valid_until", "sql", "alter user @U password '@V' valid until '2026-01-01';"),
 ("postgres_alter_role_with_password", "sql", "ALTER ROLE @U WITH LOGIN PASSWORD '@V';"),
 ("cql_create_role_with_password", "sql", "CREATE ROLE @U WITH PASSWORD = '@V' AND LOGIN = true;"),
 ("clickhouse_create_user_identified_plaintext", "sql", "CREATE USER @U IDENTIFIED WITH plaintext_password BY '@V';"),
 ("clickhouse_client_password_flag", "cmd", "clickhouse-client --host @H --user @U --password @V --query 'SHOW TABLES'"),
 ("clickhouse_users_xml_password_element", "cfg", "<clickhouse><users><@U><password>@V</password><profile>default</profile></@U></users></clickhouse>"),
 ("trino_password_env_prefix", "cmd", "TRINO_PASSWORD=@V trino --server https://@H:8443 --user @U --password"),
 ("trino_catalog_connection_password", "cfg", "connector.name=postgresql\nconnection-url=jdbc:postgresql://@H:5432/@D\nconnection-user=@U\nconnection-password=@V"),
 ("beeline_lowercase_p_flag", "cmd", "beeline -u jdbc:hive2://@H:10000/@D -n @U -p @V -e 'show tables'"),
 ("hive_site_connection_password_value", "cfg", "<property>\n  <name>javax.jdo.option.ConnectionPassword</name>\n  <value>@V</value>\n</property>"),
 ("impala_shell_ldap_password_cmd_echo", "cmd", "impala-shell -i @H -l -u @U --ldap_password_cmd=\"echo -n @V\""),
 ("sqoop_import_password_option", "cmd", "sqoop import --connect jdbc:postgresql://@H/@D --username @U --password @V --table orders"),
 ("spark_jdbc_option_password", "cfg", "df = (spark.read.format(\"jdbc\")\n      .option(\"url\", \"jdbc:postgresql://@H/@D\")\n      .option(\"user\", \"@U\")\n      .option(\"password\", \"@V\")\n      .load())"),
 ("spark_conf_s3a_secret_key", "cmd", "spark-submit --conf spark.hadoop.fs.s3a.access.key=$LAKE_ACCESS_KEY_ID --conf spark.hadoop.fs.s3a.secret.key=@V job.py"),
 ("hadoop_credential_create_value", "cmd", "hadoop credential create fs.s3a.secret.key -value @V -provider jceks://hdfs/user/@U/s3.jceks"),
 ("jdbc_url_password_query_param", "cfg", "datasource.url=jdbc:postgresql://@H:5432/@D?user=@U&password=@V&ssl=true"),
 ("odbc_ini_pwd_entry", "cfg", "[@D]\nDriver=PostgreSQL Unicode\nServername=@H\nUID=@U\nPWD=@V"),
 ("odbc_connection_string_pwd_segment", "cfg", "conn_str = \"Driver={ODBC Driver};Server=@H;Database=@D;UID=@U;PWD=@V;\""),
 ("dbt_env_var_default_argument", "cfg", "      password: \"{{ env_var('DBT_ENV_SECRET_PASSWORD', '@V') }}\""),
 ("sqlalchemy_create_engine_userinfo", "cfg", "engine = create_engine(\"postgresql+psycopg2://@U:@V@@H:5432/@D\")"),
 ("psycopg_connect_password_kwarg", "cfg", "conn = psycopg2.connect(host=\"@H\", dbname=\"@D\", user=\"@U\", password=\"@V\")"),
 ("pymysql_connect_passwd_kwarg", "cfg", "conn = pymysql.connect(host=\"@H\", user=\"@U\", passwd=\"@V\", db=\"@D\")"),
 ("snowflake_connector_connect_password_kwarg", "cfg", "ctx = snowflake.connector.connect(user=\"@U\", password=\"@V\", account=\"xy12345\")"),
 ("snowpark_session_configs_password", "cfg", "session = Session.builder.configs({\"account\": \"xy12345\", \"user\": \"@U\", \"password\": \"@V\"}).create()"),
 ("r_dbi_dbconnect_password_arg", "cfg", "con <- DBI::dbConnect(RPostgres::Postgres(), host = \"@H\", user = \"@U\", password = \"@V\", dbname = \"@D\")"),
 ("r_odbc_pwd_argument", "cfg", "con <- dbConnect(odbc::odbc(), dsn = \"@D\", UID = \"@U\", PWD = \"@V\")"),
 ("sas_libname_password_option", "cfg", "libname dw postgres server=\"@H\" database=@D user=@U password=\"@V\";"),
 ("julia_libpq_connection_string", "cfg", "conn = LibPQ.Connection(\"host=@H dbname=@D user=@U password=@V\")"),
 ("matlab_database_function_third_arg", "cfg", "conn = database('@D', '@U', '@V');"),
 ("scala_jdbc_properties_put", "cfg", "val props = new java.util.Properties()\nprops.put(\"user\", \"@U\")\nprops.put(\"password\", \"@V\")"),
 ("go_mysql_driver_dsn_userinfo", "cfg", "db, err := sql.Open(\"mysql\", \"@U:@V@tcp(@H:3306)/@D?parseTime=true\")"),
 ("node_pg_pool_password_field", "cfg", "const pool = new Pool({ host: '@H', user: '@U', password: '@V', database: '@D' })"),
 ("npgsql_connection_string_password", "cfg", "\"Warehouse\": \"Host=@H;Database=@D;Username=@U;Password=@V\""),
 ("vba_adodb_connection_open_password", "cfg", "cn.Open \"Provider=MSDASQL;DSN=@D;User ID=@U;Password=@V;\""),
 ("apps_script_jdbc_getconnection_third_arg", "cfg", "var conn = Jdbc.getConnection('jdbc:mysql://@H:3306/@D', '@U', '@V');"),
 ("libpq_keyword_dsn_password", "cfg", "DSN = \"host=@H port=5432 dbname=@D user=@U password=@V sslmode=require\""),
 ("airflow_connections_add_conn_password", "cmd", "airflow connections add warehouse --conn-type postgres --conn-host @H --conn-login @U --conn-password @V"),
 ("airflow_users_create_password_flag", "cmd", "airflow users create --username @U --role Admin --email ops@data.example --firstname Ops --lastname Bot --password @V"),
 ("airflow_sql_alchemy_conn_env_userinfo", "cfg", "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:@V@@H/airflow"),
 ("superset_fab_create_admin_password", "cmd", "superset fab create-admin --username admin --firstname A --lastname B --email bi@data.example --password @V"),
 ("metabase_mb_db_pass_env", "cfg", "MB_DB_TYPE=postgres\nMB_DB_HOST=@H\nMB_DB_USER=@U\nMB_DB_PASS=@V"),
 ("grafana_cli_reset_admin_password_positional", "cmd", "grafana-cli admin reset-admin-password @V"),
 ("grafana_ini_security_admin_password", "cfg", "[security]\nadmin_user = admin\nadmin_password = @V"),
 ("kafka_jaas_plain_login_module_password", "cfg", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"@U\" password=\"@V\";"),
 ("kafka_ssl_keystore_password_property", "cfg", "ssl.keystore.location=/etc/kafka/client.jks\nssl.keystore.password=@V"),
 ("kafka_configs_scram_password_bracket", "cmd", "kafka-configs --bootstrap-server @H:9092 --alter --add-config 'SCRAM-SHA-512=[password=@V]' --entity-type users --entity-name @U"),
 ("kcat_x_sasl_password", "cmd", "kcat -b @H:9093 -X security.protocol=SASL_SSL -X sasl.username=@U -X sasl.password=@V -L"),
 ("rabbitmqctl_add_user_second_positional", "cmd", "rabbitmqctl add_user @U @V"),
 ("rabbitmqctl_change_password_positional", "cmd", "rabbitmqctl change_password @U @V"),
 ("amqp_url_userinfo_password", "cfg", "BROKER_URL = \"amqp://@U:@V@@H:5672/etl\""),
 ("nifi_set_single_user_credentials_positional", "cmd", "./bin/nifi.sh set-single-user-credentials admin @V"),
 ("debezium_database_password_property", "cfg", "database.hostname=@H\ndatabase.user=@U\ndatabase.password=@V"),
 ("kafka_connect_connection_password_json", "cfg", "{\"connection.url\": \"jdbc:postgresql://@H/@D\", \"connection.user\": \"@U\", \"connection.password\": \"@V\"}"),
 ("flink_sql_with_password_option", "sql", "CREATE TABLE orders_src (id BIGINT) WITH ('connector' = 'jdbc', 'url' = 'jdbc:mysql://@H/@D', 'username' = '@U', 'password' = '@V');"),
 ("influx_setup_password_flag", "cmd", "influx setup --username @U --password @V --org data --bucket metrics --force"),
 ("cqlsh_lowercase_p_flag", "cmd", "cqlsh @H -u @U -p @V"),
 ("neo4j_admin_set_initial_password", "cmd", "neo4j-admin dbms set-initial-password @V"),
 ("cypher_shell_p_flag", "cmd", "cypher-shell -a neo4j://@H:7687 -u neo4j -p @V"),
 ("couchdb_local_ini_admins_line", "cfg", "[admins]\nadmin = @V"),
 ("arangosh_server_password_option", "cmd", "arangosh --server.endpoint tcp://@H:8529 --server.username root --server.password @V"),
 ("druid_metadata_connector_password", "cfg", "druid.metadata.storage.connector.user=druid\ndruid.metadata.storage.connector.password=@V"),
 ("minio_mc_alias_set_secret_positional", "cmd", "mc alias set lake https://@H lake-batch-reader @V"),
 ("minio_root_password_env", "cfg", "MINIO_ROOT_USER=lakeadmin\nMINIO_ROOT_PASSWORD=@V"),
 ("aws_configure_set_secret_positional", "cmd", "aws configure set aws_secret_access_key @V --profile lake"),
 ("s3cmd_cfg_secret_key_line", "cfg", "[default]\naccess_key = lake-batch-writer\nsecret_key = @V"),
 ("az_login_service_principal_p_flag", "cmd", "az login --service-principal -u 00000000-aaaa-bbbb-cccc-000000000000 -p @V --tenant data.example"),
 ("databricks_secrets_put_string_value", "cmd", "databricks secrets put-secret etl @U --string-value @V"),
 ("dlt_secrets_toml_credentials_password", "cfg", "[sources.sql_database.credentials]\nhost = \"@H\"\nusername = \"@U\"\npassword = \"@V\""),
 ("meltano_config_set_password_positional", "cmd", "meltano config tap-postgres set password @V"),
 ("singer_tap_config_json_password", "cfg", "{\"host\": \"@H\", \"port\": 5432, \"user\": \"@U\", \"password\": \"@V\", \"dbname\": \"@D\"}"),
 ("pgbouncer_userlist_quoted_pair", "cfg", "\"@U\" \"@V\""),
 ("pgloader_source_url_userinfo", "cmd", "pgloader mysql://@U:@V@@H/@D postgresql:///@D"),
 ("duckdb_attach_postgres_dsn_password", "sql", "ATTACH 'dbname=@D user=@U password=@V host=@H' AS pg (TYPE postgres);"),
 ("duckdb_create_secret_s3_secret_field", "sql", "CREATE SECRET lake (TYPE s3, KEY_ID 'lake-duckdb-reader', SECRET '@V', REGION 'eu-west-1');"),
 ("cockroach_sql_url_userinfo", "cmd", "cockroach sql --url \"postgresql://@U:@V@@H:26257/@D?sslmode=verify-full\""),
 ("teradata_bteq_logon_comma_password", "cmd", "bteq <<EOF\n.LOGON tdprod/@U,@V;\nSELECT DATE;\n.LOGOFF;\nEOF"),
 ("vertica_vsql_w_flag", "cmd", "vsql -h @H -U dbadmin -w @V -c 'select version()'"),
 ("db2_connect_using_clause", "cmd", "db2 connect to SAMPLE user @U using @V"),
 ("exaplus_p_flag", "cmd", "exaplus -c @H:8563 -u sys -p @V -sql 'select 1;'"),
 ("hdbsql_p_flag", "cmd", "hdbsql -n @H:30015 -u SYSTEM -p @V \"select * from dummy\""),
 ("hdbuserstore_set_fourth_positional", "cmd", "hdbuserstore SET DWKEY @H:30015 @U @V"),
 ("firebird_isql_password_option", "cmd", "isql-fb -user SYSDBA -password @V @H:/data/@D.fdb"),
 ("tabcmd_login_password_option", "cmd", "tabcmd login -s https://tableau.data.example -u @U --password @V"),
 ("tsm_login_p_flag", "cmd", "tsm login -u admin -p @V"),
 ("knime_batch_credential_triplet", "cmd", "knime -nosplash -application org.knime.product.KNIME_BATCH_APPLICATION -workflowDir=/wf/load -credential=dwh;@U;@V"),
 ("talend_context_param_db_password", "cmd", "./load_orders_run.sh --context=Prod --context_param db_password=@V"),
 ("pentaho_kitchen_param_db_password", "cmd", "./kitchen.sh -file=/etl/load.kjb -param:DB_PASSWORD=@V -level=Basic"),
 ("pmcmd_startworkflow_p_flag", "cmd", "pmcmd startworkflow -sv IS_PROD -d Domain_DW -u @U -p @V -f SALES wf_load_orders"),
 ("jupyter_identity_provider_token_option", "cmd", "jupyter lab --no-browser --ip 0.0.0.0 --IdentityProvider.token=@V"),
 ("mlflow_tracking_password_env", "cfg", "MLFLOW_TRACKING_USERNAME=@U\nMLFLOW_TRACKING_PASSWORD=@V"),
 ("dvc_remote_modify_local_password", "cmd", "dvc remote modify --local storage password @V"),
 ("lftp_u_user_comma_password", "cmd", "lftp -u @U,@V sftp://@H -e 'mirror -R exports /in; bye'"),
 ("requests_auth_tuple_second_item", "cfg", "resp = requests.get(\"https://@H/api/v1/export\", auth=(\"@U\", \"@V\"))"),
 ("ldapsearch_lowercase_w_flag", "cmd", "ldapsearch -x -H ldap://@H -D cn=@U,dc=data,dc=example -w @V '(uid=*)'"),
 ("openssl_pkcs12_passout_pass_prefix", "cmd", "openssl pkcs12 -export -in client.crt -inkey client.key -out client.p12 -passout pass:@V"),
 ("keytool_storepass_option", "cmd", "keytool -importcert -file ca.pem -alias dwca -keystore truststore.jks -storepass @V -noprompt"),
 ("java_truststore_password_system_property", "cmd", "java -Djavax.net.ssl.trustStorePassword=@V -jar loader.jar"),
 ("spring_datasource_password_property", "cfg", "spring.datasource.url=jdbc:postgresql://@H/@D\nspring.datasource.username=@U\nspring.datasource.password=@V"),
 ("helm_set_postgres_auth_password", "cmd", "helm install dwh bitnami/postgresql --set auth.postgresPassword=@V"),
 ("kubectl_create_secret_from_literal_password", "cmd", "kubectl create secret generic dwh-creds --from-literal=username=@U --from-literal=password=@V"),
 ("pgadmin_default_password_env", "cfg", "PGADMIN_DEFAULT_EMAIL=data@data.example\nPGADMIN_DEFAULT_PASSWORD=@V"),
 ("compose_postgres_password_env_item", "cfg", "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_PASSWORD=@V"),
 ("solr_auth_enable_credentials_colon", "cmd", "bin/solr auth enable --type basicAuth --credentials solr:@V"),
 ("mosquitto_pub_capital_p_flag", "cmd", "mosquitto_pub -h @H -u sensor01 -P @V -t plant/line1/temp -m 21.5"),
 ("telegraf_influxdb_output_password", "cfg", "[[outputs.influxdb]]\n  urls = [\"http://@H:8086\"]\n  username = \"@U\"\n  password = \"@V\""),
 ("prometheus_remote_write_basic_auth_password", "cfg", "remote_write:\n  - url: https://@H/api/v1/push\n    basic_auth:\n      username: @U\n      password: @V"),
]


def _pw(rng):
    def f():
        w = rng.choice(WORDS)
        core = R(rng, ALNUM, rng.randint(5, 9))
        return w.capitalize() + rng.choice("-_.") + core + R(rng, DIG, 2)
    return uniq(f)


def _wrap(group, body, rng):
    n = rng.randint(3, 60)
    if group == "cmd":
        lines = body.split("\n")
        return "In [%d]: !" % n + lines[0] + ("\n" + "\n".join(lines[1:]) if len(lines) > 1 else "") + "\n(exit 0)"
    if group == "sql":
        return "-- Query %d · role SYSADMIN · warehouse TRANSFORM_WH\n%s\n-- Statement executed successfully." % (n, body)
    return "# data-platform repo, commit %s\n%s\n" % (R(rng, "0123456789abcdef", 7), body)


def generate():
    rng = random.Random(SEED)
    recs = []
    for t, g, tpl in SYNTAX:
        v = _pw(rng)
        u, h, d = rng.choice(USERS), rng.choice(HOSTS), rng.choice(DBS)
        body = tpl.replace("@U", u).replace("@H", h).replace("@D", d).replace("@V", mark(v))
        text, spans = finalize(_wrap(g, body, rng), [t])
        recs.append({"type": t, "container": t + "__" + SUFFIX[g], "text": text, "secrets": spans, "source": "password"})
    return recs

import random
from common import shape, owner_pw, fill, ctx, rs, HEXL

TYPES = {
    'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', 'aws_secret_access_key', lambda r: shape(r, '{A12}') + shape(r, '{B28}')),
    'database_password': ('DB_PASSWORD', 'db_password', owner_pw),
    'github_personal_access_token': ('GITHUB_TOKEN', 'github_token', lambda r: 'ghp_' + shape(r, '{A36}')),
    'jwt_signing_secret': ('JWT_SECRET', 'jwt_secret', lambda r: shape(r, '{b48}')),
    'sendgrid_api_key': ('SENDGRID_API_KEY', 'sendgrid_api_key', lambda r: 'SG.' + shape(r, '{b22}') + '.' + shape(r, '{b43}')),
    'slack_bot_token': ('SLACK_BOT_TOKEN', 'slack_bot_token', lambda r: 'xoxb-' + shape(r, '{D12}-{D13}-{A24}')),
    'smtp_password': ('SMTP_PASSWORD', 'smtp_password', owner_pw),
    'stripe_live_secret_key': ('STRIPE_SECRET_KEY', 'stripe_secret_key', lambda r: 'sk_live_' + shape(r, '{A24}')),
    'twilio_auth_token': ('TWILIO_AUTH_TOKEN', 'twilio_auth_token', lambda r: shape(r, '{H32}')),
    'replication_user_password': ('REPLICATION_PASSWORD', 'replication_password', owner_pw),
    'backup_encryption_passphrase': ('BACKUP_PASSPHRASE', 'backup_passphrase', owner_pw),
    'connection_pooler_auth_password': ('POOLER_AUTH_PASSWORD', 'pooler_auth_password', owner_pw),
    'db_superuser_password': ('SUPERUSER_PASSWORD', 'superuser_password', owner_pw),
    'cdc_connector_password': ('CDC_CONNECTOR_PASSWORD', 'cdc_connector_password', owner_pw),
    'metrics_exporter_dsn_password': ('EXPORTER_DSN_PASSWORD', 'exporter_dsn_password', owner_pw),
    'column_encryption_master_key': ('COLUMN_MASTER_KEY', 'column_master_key', lambda r: shape(r, '{H64}')),
}
REPEATED = ['aws_secret_access_key', 'database_password', 'github_personal_access_token', 'jwt_signing_secret',
            'sendgrid_api_key', 'slack_bot_token', 'smtp_password', 'stripe_live_secret_key', 'twilio_auth_token']

KINDS = [
 ('pgbackrest_stanza_conf', "[{db}]\npg1-path=/var/lib/postgresql/16/main\npg1-host={host}\n# {k}={V}\nrepo1-retention-full={n}\n"),
 ('patroni_member_yaml', "scope: {db}-cluster\nname: {host}\npostgresql:\n  listen: 0.0.0.0:{port}\n  parameters:\n    {k}: '{V}'\n"),
 ('pgbouncer_ini_databases_section', "[databases]\n{db} = host={host} port={port} dbname={db}\n[pgbouncer]\n; {k} = {V}\nmax_client_conn = {n}00\n"),
 ('my_cnf_mysqld_section', "[mysqld]\nserver-id = {n}\nlog_bin = /var/log/mysql/binlog\nloose_{k} = {V}\n"),
 ('proxysql_cnf_block', "mysql_variables=\n{{\n  threads={n}\n  {k}=\"{V}\"\n}}\n"),
 ('mongod_conf_yaml_setparameter', "net:\n  port: {port}\nsetParameter:\n  {k}: \"{V}\"\nreplication:\n  replSetName: rs0\n"),
 ('redis_conf_tail_lines', "port {port}\nappendonly yes\n# {k} {V}\nsave 900 1\n"),
 ('cassandra_yaml_fragment', "cluster_name: '{db}'\nnum_tokens: 16\n{k}: {V}\nseed_provider: []\n"),
 ('clickhouse_config_d_xml', "<clickhouse>\n  <{k}>{V}</{k}>\n  <max_concurrent_queries>{n}</max_concurrent_queries>\n</clickhouse>\n"),
 ('elasticsearch_yml_node_settings', "cluster.name: {db}-search\nnode.name: {host}\nxpack.security.enabled: true\n{k}: \"{V}\"\n"),
 ('opensearch_dashboards_yml', "server.host: 0.0.0.0\nopensearch.hosts: [https://{host}:9200]\n{k}: {V}\n"),
 ('snowflake_snowsql_config', "[connections.{db}]\naccountname = xy{n}123.eu-central-1\nusername = {user}\n{k} = {V}\n"),
 ('bigquery_dataform_credentials_json', "{{\n  \"projectId\": \"dw-{db}-{n}\",\n  \"location\": \"EU\",\n  \"{k}\": \"{V}\"\n}}\n"),
 ('dbt_profiles_target_block', "{db}:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: {host}\n      {k}: \"{V}\"\n"),
 ('airflow_connection_env_export', "export AIRFLOW_CONN_{DBU}='postgresql://{user}@{host}:{port}/{db}'\nexport {K}='{V}'\n"),
 ('flyway_conf_file', "flyway.url=jdbc:postgresql://{host}:{port}/{db}\nflyway.user={user}\nflyway.placeholders.{k}={V}\n"),
 ('liquibase_properties_file', "changelogFile=db/changelog/master.xml\nurl=jdbc:mysql://{host}:{port}/{db}\n{k}: {V}\n"),
 ('debezium_connector_config_json', "{{\n  \"name\": \"{db}-cdc\",\n  \"config\": {{\n    \"connector.class\": \"io.debezium.connector.postgresql.PostgresConnector\",\n    \"{k}\": \"{V}\"\n  }}\n}}\n"),
 ('kafka_connect_sink_properties', "name={db}-jdbc-sink\ntasks.max={n}\n{k}={V}\n"),
 ('pgadmin_config_local_py', "DEFAULT_SERVER = '0.0.0.0'\nMAIL_SERVER = 'relay.example'\n{K} = '{V}'\n"),
 ('dbeaver_data_sources_json_fragment', "\"connections\": {{\n  \"postgres-jdbc-{n}\": {{\n    \"configuration\": {{ \"host\": \"{host}\", \"{k}\": \"{V}\" }}\n  }}\n}}\n"),
 ('ansible_group_vars_dbservers', "---\npostgresql_version: 16\npostgresql_hba_trust: false\n{k}: \"{V}\"\n"),
 ('terraform_tfvars_rds_module', "db_instance_class = \"db.r6g.large\"\nallocated_storage = {n}0\n{k} = \"{V}\"\n"),
 ('helm_values_bitnami_postgresql', "auth:\n  username: {user}\n  database: {db}\nextraEnv:\n  - name: {K}\n    value: \"{V}\"\n"),
 ('k8s_cloudnativepg_cluster_manifest', "apiVersion: postgresql.cnpg.io/v1\nkind: Cluster\nmetadata:\n  name: {db}\n  annotations:\n    ops/{k}: \"{V}\"\n"),
 ('docker_compose_db_service_env', "services:\n  db:\n    image: postgres:16\n    environment:\n      {K}: \"{V}\"\n      POSTGRES_DB: {db}\n"),
 ('systemd_dropin_environment_conf', "[Service]\nEnvironment=PGDATA=/srv/pg/{db}\nEnvironment={K}={V}\n"),
 ('cron_nightly_dump_script_sh', "#!/bin/sh\n# nightly dump of {db} on {host}\n{K}='{V}'\nexport {K}\n/usr/local/bin/dump-{db}.sh\n"),
 ('dba_runbook_markdown_step', "### Step {n}: reattach the replica\n1. ssh {host}\n2. Use `{k}` = `{V}` (rotate after the drill)\n"),
 ('dba_oncall_jira_comment', "[DBA-{tkt}] replica {host} rebuilt. For the re-seed I used {k}={V} - will rotate tomorrow.\n"),
 ('postgres_mailing_list_paste', "> On {n} Mar, {user} wrote:\n> my recovery settings below\n{k} = '{V}'\n> is that why pg_rewind fails?\n"),
 ('mysql_orchestrator_hook_script', "#!/bin/bash\n# orchestrator PostFailoverProcesses hook\n{K}=\"{V}\"\nlogger \"failover to $ORC_SUCCESSOR_HOST\"\n"),
 ('mongodb_atlas_cli_profile_toml', "[{db}]\n  org_id = '{n}a0c0ffee'\n  service = 'cloud'\n  {k} = '{V}'\n"),
 ('redis_sentinel_conf_fragment', "sentinel monitor {db} {host} {port} 2\nsentinel down-after-milliseconds {db} 5000\n# {k} {V}\n"),
 ('cqlshrc_ini_file', "[connection]\nhostname = {host}\nport = {port}\n[ops]\n{k} = {V}\n"),
 ('clickhouse_client_xml_config', "<config>\n  <host>{host}</host>\n  <secure>true</secure>\n  <{k}>{V}</{k}>\n</config>\n"),
 ('logstash_pipeline_conf', "output {{\n  elasticsearch {{\n    hosts => [\"https://{host}:9200\"]\n    {k} => \"{V}\"\n  }}\n}}\n"),
 ('sqlserver_agent_powershell_step', "$ErrorActionPreference = 'Stop'\n${k} = '{V}'\nBackup-SqlDatabase -ServerInstance '{host}' -Database '{db}'\n"),
 ('oracle_tnsnames_comment_block', "{DBU} =\n  (DESCRIPTION = (ADDRESS = (PROTOCOL = TCP)(HOST = {host})(PORT = {port}))\n    (CONNECT_DATA = (SERVICE_NAME = {db})))\n# {k}: {V}\n"),
 ('oracle_rman_cmdfile', "# rman cmdfile for {db}\n# {k}={V}\nRUN {{\n  BACKUP INCREMENTAL LEVEL 1 DATABASE;\n}}\n"),
 ('gcp_cloudbuild_migrate_step_yaml', "steps:\n- name: gcr.io/cloud-builders/gcloud\n  env:\n  - '{K}={V}'\n  args: ['sql', 'import', 'sql', '{db}']\n"),
 ('github_actions_migration_workflow', "jobs:\n  migrate:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: make migrate DB={db}\n"),
 ('jupyter_notebook_cell_json', "{{\"cell_type\": \"code\", \"source\": [\"{k} = '{V}'\\n\", \"engine = make_engine('{db}')\"]}}\n"),
 ('grafana_datasource_provisioning_yaml', "apiVersion: 1\ndatasources:\n  - name: {db}-pg\n    type: postgres\n    url: {host}:{port}\n    secureJsonData:\n      {k}: \"{V}\"\n"),
 ('dba_handover_email_body', "Hi team,\n\nhanding over {host} for the week. The {k} is {V} (it is also in the vault, I hope).\n\nCheers, {user}\n"),
]


def build(seed=7801):
    rng = random.Random(seed)
    types = sorted(TYPES)
    used = {t: 0 for t in types}
    out = []
    for kind, tpl in KINDS:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(used[t] for t in cands)
            t = rng.choice([t for t in cands if used[t] == m])
            chosen.append(t)
            used[t] += 1
        for t in chosen:
            K, k, gen = TYPES[t]
            c = ctx(rng)
            v = gen(rng)
            text, s, e = fill(tpl.replace('{{', '\ue001').replace('}}', '\ue002'), v, K=K, k=k, DBU=c['db'].upper(), **c)
            text = text.replace('\ue001', '{').replace('\ue002', '}')
            # offsets unchanged: brace placeholders are single chars
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=s, end=e, type=t)], source='everyday'))
    return out

"""Everyday containers, part B: app / build / infra configuration files and dev-tool settings."""
T = [
('cloud_init_write_files_yaml', 'TBUP', '''\
#cloud-config
package_update: true
packages: [docker.io, jq]
write_files:
  - path: /etc/«app»/env
    permissions: "0600"
    content: |
      APP_ENV=production
      «ENV»=«S»
      METRICS_PORT=9102
runcmd:
  - systemctl enable --now «app»
'''),
('butane_config_yaml', 'TBP', '''\
variant: fcos
version: 1.5.0
storage:
  files:
    - path: /etc/containers/systemd/«app».env
      mode: 0600
      contents:
        inline: |
          «ENV»=«S»
          TZ=UTC
systemd:
  units:
    - name: «app».service
      enabled: true
'''),
('ignition_config_json', 'TP', '''\
{"ignition":{"version":"3.4.0"},"storage":{"files":[{"path":"/etc/«app»/token","mode":384,"contents":{"source":"data:,«S»"}}]},"systemd":{"units":[{"name":"«app».service","enabled":true}]}}
'''),
('ec2_user_data_script', 'TBUP', '''\
#!/bin/bash
set -euo pipefail
exec > >(tee /var/log/user-data.log) 2>&1
yum install -y amazon-cloudwatch-agent
cat >/etc/profile.d/«app».sh <<'EOF'
export «ENV»="«S»"
export AWS_DEFAULT_REGION=«region»
EOF
systemctl start «app»
'''),
('gcp_startup_script_metadata', 'TBP', '''\
$ gcloud compute instances add-metadata «app»-vm-1 --zone europe-west4-a --metadata startup-script='#! /bin/bash
echo "«ENV»=«S»" >> /etc/environment
systemctl restart «app»'
Updated [https://www.googleapis.com/compute/v1/projects/«org»-prod/zones/europe-west4-a/instances/«app»-vm-1].
'''),
('k8s_cronjob_container_args', 'TBP', '''\
apiVersion: batch/v1
kind: CronJob
metadata:
  name: «app»-report
  namespace: «ns»
spec:
  schedule: "15 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: ghcr.io/«repo»:«ver»
              args: ["--since", "24h", "--token", "«S»", "--out", "s3://«org»-reports/daily/"]
'''),
('knative_service_env_yaml', 'TBUP', '''\
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: «app»
spec:
  template:
    metadata:
      annotations:
        autoscaling.knative.dev/max-scale: "10"
    spec:
      containers:
        - image: ghcr.io/«repo»@sha256:«sha256»
          ports:
            - containerPort: 8080
          env:
            - name: «ENV»
              value: "«S»"
'''),
('kustomization_secret_generator_literals', 'TBP', '''\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: «ns»
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: «app»-env
    literals:
      - «ENV»=«S»
      - LOG_LEVEL=info
images:
  - name: «app»
    newTag: «short»
'''),
('nomad_job_hcl_env_block', 'TBUP', '''\
job "«app»" {
  datacenters = ["dc1"]
  type        = "service"

  group "api" {
    count = 2
    task "server" {
      driver = "docker"
      config {
        image = "ghcr.io/«repo»:«ver»"
        ports = ["http"]
      }
      env {
        «ENV» = "«S»"
        PORT  = "${NOMAD_PORT_http}"
      }
    }
  }
}
'''),
('podman_quadlet_container_unit', 'TBP', '''\
# ~/.config/containers/systemd/«app».container
[Unit]
Description=«app» worker

[Container]
Image=ghcr.io/«repo»:«ver»
Environment=«ENV»=«S»
Environment=TZ=Europe/Berlin
PublishPort=127.0.0.1:«port»:«port»
Volume=%h/«app»/data:/data:Z

[Install]
WantedBy=default.target
'''),
('unraid_docker_template_xml', 'TBP', '''\
<?xml version="1.0"?>
<Container version="2">
  <Name>«app»</Name>
  <Repository>ghcr.io/«repo»:latest</Repository>
  <Network>bridge</Network>
  <WebUI>http://[IP]:[PORT:«port»]/</WebUI>
  <Config Name="WebUI Port" Target="«port»" Default="«port»" Mode="tcp" Type="Port" Display="always" Required="true" Mask="false">«port»</Config>
  <Config Name="«ENV»" Target="«ENV»" Default="" Mode="" Description="API credential" Type="Variable" Display="always" Required="true" Mask="false">«S»</Config>
  <Config Name="AppData" Target="/config" Default="/mnt/user/appdata/«app»" Mode="rw" Type="Path" Display="advanced" Required="true" Mask="false">/mnt/user/appdata/«app»</Config>
</Container>
'''),
('portainer_stack_env_json', 'TBUP', '''\
{
  "Name": "«app»",
  "SwarmID": "",
  "Env": [
    {"name": "TZ", "value": "UTC"},
    {"name": "«ENV»", "value": "«S»"},
    {"name": "PUID", "value": "1000"}
  ],
  "StackFileContent": "services:\\n  «app»:\\n    image: ghcr.io/«repo»:latest\\n    env_file: stack.env\\n"
}
'''),
('caprover_app_env_json', 'TBUP', '''\
{"appName":"«app»","instanceCount":1,"captainDefinitionRelativeFilePath":"./captain-definition","notExposeAsWebApp":false,"envVars":[{"key":"NODE_ENV","value":"production"},{"key":"«ENV»","value":"«S»"}],"volumes":[],"ports":[]}
'''),
('synology_task_scheduler_script', 'TBP', '''\
Task: «app» nightly sync
User: root
Schedule: Daily 02:30
Run command:
  export «ENV»='«S»'
  /volume1/scripts/«app»-sync.sh >> /volume1/logs/«app».log 2>&1
Send run details by email: «email»
'''),
('marimo_notebook_cell', 'TP', '''\
import marimo

__generated_with = "0.8.3"
app = marimo.App(width="medium")


@app.cell
def __():
    import os, httpx
    os.environ["«ENV»"] = "«S»"
    client = httpx.Client(base_url="https://api.«domain»", timeout=20)
    return client, httpx, os


@app.cell
def __(client):
    r = client.get("«path»")
    r.json()
    return r,
'''),
('gradio_launch_auth_tuple', ['basicpw'], '''\
import gradio as gr
from «app».pipeline import predict

demo = gr.Interface(fn=predict, inputs=gr.Textbox(lines=4), outputs="json", title="«app» playground")

if __name__ == "__main__":
    demo.queue(max_size=20).launch(server_name="0.0.0.0", server_port=7860,
                                   auth=("«user»", "«S»"), share=False)
'''),
('dash_basic_auth_dict', ['basicpw'], '''\
import dash
import dash_auth

VALID_USERNAME_PASSWORD_PAIRS = {
    "«user»": "«S»",
}

app = dash.Dash(__name__)
auth = dash_auth.BasicAuth(app, VALID_USERNAME_PASSWORD_PAIRS)
app.layout = build_layout()
'''),
('sveltekit_env_private_file', 'TBUP', '''\
# .env (read via $env/static/private — never imported in +page.svelte)
PUBLIC_SITE_URL=https://«domain»
PUBLIC_POSTHOG_HOST=https://eu.posthog.com
«ENV»="«S»"
ORIGIN=https://«domain»
'''),
('angular_environment_prod_ts', 'TP', '''\
export const environment = {
  production: true,
  apiBaseUrl: 'https://api.«domain»/v2',
  sentryRelease: '«app»@«ver»',
  featureFlags: { newCheckout: true, darkMode: false },
  serviceToken: '«S»',
};
'''),
('webpack_define_plugin_config', 'TP', '''\
const webpack = require('webpack');

module.exports = {
  mode: 'production',
  entry: './src/index.ts',
  plugins: [
    new webpack.DefinePlugin({
      'process.env.API_URL': JSON.stringify('https://api.«domain»'),
      'process.env.«ENV»': JSON.stringify('«S»'),
      __BUILD_SHA__: JSON.stringify('«short»'),
    }),
  ],
};
'''),
('esbuild_define_cli_flags', 'T', '''\
"scripts": {
  "build": "esbuild src/main.ts --bundle --minify --outfile=dist/main.js --define:process.env.NODE_ENV=\\\\\\"production\\\\\\" --define:process.env.«ENV»=\\\\\\"«S»\\\\\\"",
  "dev": "vite"
}
'''),
('vite_config_define_block', 'TP', '''\
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: { '/api': 'http://localhost:«port»' } },
  define: {
    __APP_VERSION__: JSON.stringify('«ver»'),
    'import.meta.env.VITE_«ENV»': JSON.stringify('«S»'),
  },
})
'''),
('electron_builder_publish_yml', 'T', '''\
appId: com.«org».desktop
productName: «app»
directories:
  output: dist
mac:
  category: public.app-category.productivity
publish:
  provider: github
  owner: «org»
  repo: desktop
  token: «S»
  releaseType: draft
'''),
('xcscheme_environment_variables', 'TP', '''\
      <EnvironmentVariables>
         <EnvironmentVariable
            key = "API_BASE_URL"
            value = "https://staging-api.«domain»"
            isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable
            key = "«ENV»"
            value = "«S»"
            isEnabled = "YES">
         </EnvironmentVariable>
      </EnvironmentVariables>
'''),
('android_buildconfig_generated_java', 'TP', '''\
/**
 * Automatically generated file. DO NOT MODIFY
 */
package com.«org».app;

public final class BuildConfig {
  public static final boolean DEBUG = false;
  public static final String APPLICATION_ID = "com.«org».app";
  public static final String BUILD_TYPE = "release";
  public static final int VERSION_CODE = «int»;
  public static final String VERSION_NAME = "«ver»";
  // Field from build type: release
  public static final String «ENV» = "«S»";
}
'''),
('web_config_appsettings_xml', 'TBP', '''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="«ENV»" value="«S»" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
'''),
('web_config_connectionstrings_xml', ['dbpw'], '''\
<connectionStrings>
  <add name="DefaultConnection"
       connectionString="Data Source=«host»;Initial Catalog=«db»;User ID=«dbuser»;Password=«S»;MultipleActiveResultSets=True;Encrypt=True"
       providerName="System.Data.SqlClient" />
</connectionStrings>
'''),
('wp_cli_yml_config', ['dbpw'], '''\
path: web/wp
url: https://«domain»
user: admin
core config:
  dbname: «db»
  dbuser: «dbuser»
  dbpass: «S»
  dbhost: «host»
  extra-php: |
    define( 'WP_DEBUG', false );
'''),
('symfony_parameters_yml_legacy', ['dbpw'], '''\
# app/config/parameters.yml
parameters:
    database_host: «host»
    database_port: 3306
    database_name: «db»
    database_user: «dbuser»
    database_password: «S»
    mailer_transport: smtp
    mailer_host: smtp.«domain»
'''),
('rails_secrets_yml_legacy', 'TB', '''\
# config/secrets.yml
development:
  «app»_api_credential: dev-only-placeholder
production:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  «app»_api_credential: «S»
'''),
('perl_dbi_connect_call', ['dbpw'], '''\
use strict;
use warnings;
use DBI;

my $dsn = "DBI:mysql:database=«db»;host=«host»;port=3306";
my $dbh = DBI->connect($dsn, "«dbuser»", "«S»", { RaiseError => 1, AutoCommit => 1 })
    or die "cannot connect: $DBI::errstr";
my $sth = $dbh->prepare("SELECT id, email FROM users WHERE created_at > ?");
'''),
('openresty_nginx_conf_set_var', 'T', '''\
location /upstream-api/ {
    set $upstream_token "«S»";
    proxy_set_header Authorization "Bearer $upstream_token";
    proxy_set_header X-Request-Id $request_id;
    proxy_pass https://api.«domain»/;
}
'''),
('erlang_sys_config_term', 'TP', '''\
[
 {kernel, [{logger_level, info}]},
 {«app», [
   {listen_port, «port»},
   {api_credential, <<"«S»">>},
   {pool_size, 10}
 ]}
].
'''),
('leiningen_profiles_clj_env', 'TP', '''\
{:dev  {:env {:database-url "jdbc:postgresql://localhost/«db»_dev"
              :«app»-key "«S»"}}
 :test {:env {:database-url "jdbc:postgresql://localhost/«db»_test"}}}
'''),
('sas_libname_statement', ['oraclepw'], '''\
libname dwh oracle user=«dbuser» password="«S»" path="«host»:1521/DWH" schema=SALES;

proc sql;
  create table work.q3 as
  select region, sum(amount) as total from dwh.orders
  where order_date between '01JUL«year»'d and '30SEP«year»'d
  group by region;
quit;
'''),
('matlab_weboptions_header', 'T', '''\
opts = weboptions('HeaderFields', {'Authorization', ['Bearer ' '«S»']}, ...
                  'ContentType', 'json', 'Timeout', 30);
data = webread('https://api.«domain»/v1/measurements?station=«int»', opts);
plot([data.timestamp], [data.value]);
'''),
('zapier_code_step_js', 'T', '''\
// Zapier: Code by Zapier (JavaScript)
const res = await fetch('https://api.«domain»/v1/contacts', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Bearer «S»'
  },
  body: JSON.stringify({ email: inputData.email, source: 'zapier' })
});
output = [{ status: res.status }];
'''),
('retool_resource_export_json', 'TP', '''\
{
  "name": "«app» REST",
  "type": "restapi",
  "options": {
    "baseURL": "https://api.«domain»/v2",
    "headers": [["Authorization", "Bearer «S»"], ["Accept", "application/json"]],
    "authentication": "none"
  },
  "organization": "«org»"
}
'''),
('make_scenario_blueprint_json', 'T', '''\
{"name":"Sync «app» leads","flow":[{"id":1,"module":"gateway:CustomWebHook","version":1,"parameters":{"hook":«int»}},{"id":2,"module":"http:ActionSendData","version":3,"mapper":{"url":"https://api.«domain»/v1/leads","method":"post","headers":[{"name":"Authorization","value":"Bearer «S»"}],"bodyType":"raw","contentType":"application/json"}}],"metadata":{"version":1,"scenario":{"roundtrips":1,"maxErrors":3}}}
'''),
('airbyte_source_config_json', ['dbpw'], '''\
{
  "sourceDefinitionId": "«uuid»",
  "name": "«db» replica",
  "connectionConfiguration": {
    "host": "«host»",
    "port": 5432,
    "database": "«db»",
    "username": "«dbuser»",
    "password": "«S»",
    "ssl_mode": {"mode": "require"},
    "replication_method": {"method": "Xmin"}
  }
}
'''),
('meltano_yml_plugin_config', 'TP', '''\
version: 1
default_environment: prod
project_id: «uuid»
plugins:
  extractors:
  - name: tap-rest-api-msdk
    variant: widen
    config:
      api_url: https://api.«domain»
      auth_method: bearer_token
      bearer_token: «S»
      streams:
      - name: orders
        path: /v1/orders
  loaders:
  - name: target-postgres
'''),
('kestra_flow_yaml', 'TUP', '''\
id: «app»_daily
namespace: company.data
tasks:
  - id: extract
    type: io.kestra.plugin.scripts.python.Script
    env:
      «ENV»: "«S»"
    script: |
      import os, requests
      print(requests.get("https://api.«domain»/v1/export").status_code)
triggers:
  - id: daily
    type: io.kestra.plugin.core.trigger.Schedule
    cron: "0 6 * * *"
'''),
('great_expectations_config_variables', ['pg', 'my'], '''\
# great_expectations/uncommitted/config_variables.yml
my_postgres_db_yaml_creds:
  connection_string: «S»
slack_webhook: https://hooks.slack.com/services/REPLACE/ME/LATER
'''),
('hive_site_xml_jdo_password', ['dbpw'], '''\
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:mysql://«host»:3306/metastore?createDatabaseIfNotExist=true</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>«S»</value>
  </property>
</configuration>
'''),
('hadoop_core_site_s3a_secret', ['aws'], '''\
<configuration>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.«region».amazonaws.com</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>«AKID»</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>«S»</value>
  </property>
</configuration>
'''),
('spark_defaults_conf_s3a', ['aws'], '''\
spark.master                         k8s://https://«host»:6443
spark.executor.instances             6
spark.hadoop.fs.s3a.access.key       «AKID»
spark.hadoop.fs.s3a.secret.key       «S»
spark.hadoop.fs.s3a.path.style.access true
spark.sql.catalog.lake               org.apache.iceberg.spark.SparkCatalog
'''),
('trino_catalog_properties', ['dbpw'], '''\
# etc/catalog/«db».properties
connector.name=postgresql
connection-url=jdbc:postgresql://«host»:5432/«db»
connection-user=«dbuser»
connection-password=«S»
case-insensitive-name-matching=true
'''),
('kafka_connect_connector_json', ['dbpw'], '''\
{
  "name": "«db»-jdbc-sink",
  "config": {
    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",
    "tasks.max": "2",
    "topics": "orders,refunds",
    "connection.url": "jdbc:postgresql://«host»:5432/«db»",
    "connection.user": "«dbuser»",
    "connection.password": "«S»",
    "insert.mode": "upsert",
    "pk.mode": "record_key"
  }
}
'''),
('debezium_connector_config_json', ['dbpw'], '''\
{
  "name": "inventory-connector",
  "config": {
    "connector.class": "io.debezium.connector.mysql.MySqlConnector",
    "database.hostname": "«host»",
    "database.port": "3306",
    "database.user": "debezium",
    "database.password": "«S»",
    "database.server.id": "«int»",
    "topic.prefix": "«app»",
    "database.include.list": "«db»"
  }
}
'''),
('prometheus_scrape_basic_auth', ['basicpw'], '''\
scrape_configs:
  - job_name: «app»
    scheme: https
    metrics_path: /internal/metrics
    basic_auth:
      username: prometheus
      password: «S»
    static_configs:
      - targets: ["«host»:«port»"]
'''),
('loki_config_s3_storage', ['aws'], '''\
storage_config:
  aws:
    s3: s3://«region»/«org»-loki-chunks
    access_key_id: «AKID»
    secret_access_key: «S»
    s3forcepathstyle: false
  tsdb_shipper:
    active_index_directory: /loki/index
'''),
('thanos_objstore_yml', ['aws'], '''\
type: S3
config:
  bucket: «org»-thanos
  endpoint: s3.«region».amazonaws.com
  access_key: «AKID»
  secret_key: «S»
  insecure: false
'''),
('grafana_provisioning_datasource_yaml', ['dbpw'], '''\
apiVersion: 1
datasources:
  - name: «db»
    type: postgres
    url: «host»:5432
    user: grafana_ro
    jsonData:
      database: «db»
      sslmode: require
    secureJsonData:
      password: «S»
'''),
('zabbix_server_conf_dbpassword', ['dbpw'], '''\
LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
DBHost=«host»
DBName=zabbix
DBUser=zabbix
DBPassword=«S»
StartPollers=10
Timeout=4
'''),
('nagios_resource_cfg_user_macro', ['dbpw'], '''\
# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/lib/nagios/plugins
# MySQL monitoring account used by check_mysql_health
$USER3$=nagios
$USER4$=«S»
'''),
('borgmatic_config_yaml', ['borgpass'], '''\
source_directories:
  - /etc
  - /srv/«app»
repositories:
  - path: ssh://«user»@«user».repo.borgbase.com/./repo
    label: borgbase
encryption_passphrase: "«S»"
keep_daily: 7
keep_weekly: 4
'''),
('velero_credentials_file', ['aws'], '''\
$ cat credentials-velero
[default]
aws_access_key_id = «AKID»
aws_secret_access_key = «S»
$ velero install --provider aws --bucket «org»-velero --secret-file ./credentials-velero --backup-location-config region=«region»
'''),
]

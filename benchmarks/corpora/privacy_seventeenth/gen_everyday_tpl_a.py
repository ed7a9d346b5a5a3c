"""Everyday containers, part A: terminals, logs, observability and CI/ops output.
Each entry: (container kind, accepted kinds: group letters T/B/U/P or explicit kind names, template)."""
T = [
('tmux_capture_pane_scrollback', 'TBP', '''\
«user»@«host»:~/src/«app»$ git pull --rebase
Already up to date.
«user»@«host»:~/src/«app»$ export «ENV»=«S»
«user»@«host»:~/src/«app»$ make run-local
go run ./cmd/«app» --listen :«port»
{"level":"info","ts":"«ts»","msg":"config loaded","env":"local","build":"«short»"}
{"level":"info","ts":"«ts»","msg":"listening","addr":":«port»"}
^Csignal: interrupt
«user»@«host»:~/src/«app»$
'''),
('asciinema_cast_v2_events', 'TP', '''\
{"version": 2, "width": 132, "height": 38, "timestamp": «epoch», "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}}
[0.412, "o", "\\u001b[1m\\u001b[7m%\\u001b[27m\\u001b[1m\\u001b[0m \\r\\n"]
[1.903, "o", "❯ "]
[4.177, "o", "export «ENV»=«S»"]
[5.002, "o", "\\r\\n"]
[6.640, "o", "❯ "]
[8.311, "o", "./scripts/smoke.sh «app»"]
[8.950, "o", "\\r\\nrunning 14 checks against https://«app».«domain»\\r\\n"]
'''),
('kubectl_describe_pod_env', 'TBUP', '''\
Name:             «pod»
Namespace:        «ns»
Node:             ip-«int».«region».compute.internal/«ip»
Start Time:       Tue, 04 Mar «year» 09:12:44 +0000
Labels:           app=«app»
                  pod-template-hash=«hex8»
Status:           Running
Containers:
  «app»:
    Image:          ghcr.io/«repo»:«short»
    Image ID:       ghcr.io/«repo»@sha256:«sha256»
    Port:           «port»/TCP
    State:          Running
    Ready:          True
    Restart Count:  2
    Environment:
      LOG_LEVEL:         info
      OTEL_SERVICE_NAME: «app»
      «ENV»:  «S»
      POD_IP:             (v1:status.podIP)
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-«hex8» (ro)
'''),
('journalctl_json_output_line', 'TP', '''\
{"__CURSOR":"s=«hex12»;i=3f1a;b=«hex12»","__REALTIME_TIMESTAMP":"«epoch»402113","_SYSTEMD_UNIT":"«app».service","PRIORITY":"6","_PID":"«pid»","_COMM":"«app»","MESSAGE":"starting «app» with «ENV»=«S» (from /etc/default/«app»)","_HOSTNAME":"«host»"}
{"__CURSOR":"s=«hex12»;i=3f1b;b=«hex12»","__REALTIME_TIMESTAMP":"«epoch»519880","_SYSTEMD_UNIT":"«app».service","PRIORITY":"6","_PID":"«pid»","_COMM":"«app»","MESSAGE":"listening on 0.0.0.0:«port»","_HOSTNAME":"«host»"}
'''),
('auditd_execve_record', ['mysqlcli'], '''\
type=SYSCALL msg=audit(«epoch».613:4412): arch=c000003e syscall=59 success=yes exit=0 a0=55d1c2 a1=55d1c8 a2=55d1d0 a3=0 items=2 ppid=«pid» pid=«pid» auid=1001 uid=0 gid=0 euid=0 comm="mysqldump" exe="/usr/bin/mysqldump" key="exec_log"
type=EXECVE msg=audit(«epoch».613:4412): argc=6 a0="mysqldump" a1="-h" a2="«host»" a3="-ubackup" a4="-p«S»" a5="«db»"
type=CWD msg=audit(«epoch».613:4412): cwd="/var/backups"
type=PROCTITLE msg=audit(«epoch».613:4412): proctitle=6D7973716C64756D70
'''),
('execsnoop_bpf_output', 'TP', '''\
PCOMM            PID     PPID    RET ARGS
sh               «pid»   «pid»     0 /bin/sh -c /opt/«app»/bin/healthcheck
curl             «pid»   «pid»     0 /usr/bin/curl -fsS -H Authorization: Bearer «S» https://api.«domain»«path»
sleep            «pid»   «pid»     0 /usr/bin/sleep 30
'''),
('sentry_event_json_extra', 'TUP', '''\
{
  "event_id": "«hex12»«hex12»«hex8»",
  "timestamp": "«ts»",
  "platform": "python",
  "level": "error",
  "logger": "«app».tasks",
  "release": "«app»@«ver»",
  "environment": "production",
  "exception": {"values": [{"type": "ConnectionError", "value": "timed out after 30s"}]},
  "extra": {
    "task_id": "«uuid»",
    "retries": 3,
    "settings": {"«ENV»": "«S»", "TIMEOUT": 30, "REGION": "«region»"}
  },
  "tags": {"server_name": "«host»"}
}
'''),
('cloudwatch_logs_tail_output', 'TUP', '''\
«ts» 2024/06/11/[$LATEST]«hex12»«hex8» START RequestId: «uuid» Version: $LATEST
«ts» 2024/06/11/[$LATEST]«hex12»«hex8» [DEBUG] boot env: {'AWS_REGION': '«region»', '«ENV»': '«S»', 'POWERTOOLS_SERVICE_NAME': '«app»'}
«ts» 2024/06/11/[$LATEST]«hex12»«hex8» END RequestId: «uuid»
«ts» 2024/06/11/[$LATEST]«hex12»«hex8» REPORT RequestId: «uuid»	Duration: «ms».11 ms	Billed Duration: «ms» ms	Memory Size: 512 MB	Max Memory Used: 98 MB
'''),
('gcloud_logging_read_json', 'TUP', '''\
[
  {
    "insertId": "«hex12»",
    "jsonPayload": {
      "message": "worker boot",
      "config": {"queue": "«app»-jobs", "«ENV»": "«S»"}
    },
    "resource": {"type": "cloud_run_revision", "labels": {"service_name": "«app»", "location": "europe-west1"}},
    "severity": "DEBUG",
    "timestamp": "«ts»",
    "logName": "projects/«org»-prod/logs/run.googleapis.com%2Fstdout"
  }
]
'''),
('azure_monitor_kql_result_csv', 'TP', '''\
TimeGenerated [UTC],ContainerAppName_s,RevisionName_s,Log_s
"«date», «time».211 AM",«app»,«app»--«hex8»,"Using «ENV»=«S»"
"«date», «time».530 AM",«app»,«app»--«hex8»,"Now listening on: http://[::]:8080"
"«date», «time».533 AM",«app»,«app»--«hex8»,"Application started. Press Ctrl+C to shut down."
'''),
('otel_collector_debug_exporter', 'TP', '''\
«ts»	info	ResourceSpans #0
Resource SchemaURL: https://opentelemetry.io/schemas/1.24.0
Resource attributes:
     -> service.name: Str(«app»)
     -> host.name: Str(«host»)
ScopeSpans #0
Span #0
    Trace ID       : «hex12»«hex12»«hex8»
    Parent ID      :
    ID             : «hex8»«hex8»
    Name           : POST «path»
    Kind           : Client
    Attributes:
     -> http.request.method: Str(POST)
     -> url.full: Str(https://api.«domain»«path»)
     -> http.request.header.authorization: Slice(["Bearer «S»"])
     -> http.response.status_code: Int(201)
'''),
('jaeger_span_tags_json', 'TP', '''\
{"traceID":"«hex12»«hex8»","spanID":"«hex8»«hex8»","operationName":"HTTP GET","startTime":«epoch»000000,"duration":«ms»000,
 "tags":[{"key":"span.kind","type":"string","value":"client"},{"key":"http.url","type":"string","value":"https://api.«domain»«path»"},
         {"key":"http.header.x-api-key","type":"string","value":"«S»"},{"key":"http.status_code","type":"int64","value":200}],
 "process":{"serviceName":"«app»","tags":[{"key":"hostname","type":"string","value":"«host»"}]}}
'''),
('haproxy_log_captured_header', 'TP', '''\
«date»T«time»+00:00 «host» haproxy[«pid»]: «pubip»:51522 [11/Jun/«year»:10:02:11.874] fe_https~ be_«app»/srv2 0/0/1/«ms»/«ms» 200 912 - - ---- 12/12/3/1/0 0/0 {«ua»|Bearer «S»} "GET «path» HTTP/1.1"
«date»T«time»+00:00 «host» haproxy[«pid»]: «pubip»:51530 [11/Jun/«year»:10:02:12.007] fe_https~ be_«app»/srv1 0/0/0/«ms»/«ms» 304 188 - - ---- 12/12/2/1/0 0/0 {Mozilla/5.0|} "GET /static/app.css HTTP/1.1"
'''),
('traefik_access_log_json', 'TP', '''\
{"ClientAddr":"«pubip»:40112","ClientHost":"«pubip»","DownstreamStatus":200,"Duration":«ms»001223,"OriginStatus":200,"RequestHost":"«app».«domain»","RequestMethod":"POST","RequestPath":"«path»","RequestProtocol":"HTTP/2.0","RouterName":"«app»@docker","request_Authorization":"Bearer «S»","request_User-Agent":"«ua»","time":"«ts»"}
'''),
('squid_access_log_url', 'T', '''\
«epoch».114    «ms» «ip» TCP_TUNNEL/200 4411 CONNECT api.«domain»:443 - HIER_DIRECT/«pubip» -
«epoch».902    «ms» «ip» TCP_MISS/200 1873 GET http://legacy-«app».«domain»/export?format=csv&api_key=«S» - HIER_DIRECT/«pubip» text/csv
«epoch».377    «ms» «ip» TCP_MISS/304 312 GET http://deb.debian.org/debian/dists/bookworm/InRelease - HIER_DIRECT/151.101.2.132 -
'''),
('httpie_verbose_output', 'T', '''\
$ http -v POST https://api.«domain»«path» Authorization:"Bearer «S»" name=nightly
POST «path» HTTP/1.1
Accept: application/json, */*;q=0.5
Accept-Encoding: gzip, deflate
Authorization: Bearer «S»
Connection: keep-alive
Content-Length: 19
Content-Type: application/json
Host: api.«domain»
User-Agent: HTTPie/3.2.2

{
    "name": "nightly"
}

HTTP/1.1 201 Created
Content-Type: application/json
X-Request-Id: «reqid»

{"id": "«uuid»", "status": "queued"}
'''),
('grpcurl_verbose_metadata', 'T', '''\
$ grpcurl -v -H 'authorization: Bearer «S»' «host»:443 «app».v1.Service/Health

Resolved method descriptor:
rpc Health ( .«app».v1.HealthRequest ) returns ( .«app».v1.HealthResponse );

Request metadata to send:
authorization: Bearer «S»

Response headers received:
content-type: application/grpc
date: Tue, 11 Jun «year» 10:12:01 GMT

Response contents:
{
  "status": "SERVING"
}

Response trailers received:
(empty)
Sent 1 request and received 1 response
'''),
('kcat_consume_message_json', 'TUP', '''\
% Auto-selecting Consumer mode (use -P or -C to override)
{"topic":"config-changes","partition":3,"offset":«int»,"tstype":"create","ts":«epoch»123,"broker":1,"key":"«app»","payload":"{\\"service\\":\\"«app»\\",\\"changed_by\\":\\"«user»\\",\\"set\\":{\\"«ENV»\\":\\"«S»\\"}}"}
% Reached end of topic config-changes [3] at offset «int»
'''),
('redis_monitor_output', ['redispw'], '''\
$ redis-cli -h «host» MONITOR
OK
«epoch».101233 [0 «ip»:53110] "HELLO" "3" "AUTH" "default" "«S»" "SETNAME" "«app»-worker"
«epoch».101982 [0 «ip»:53110] "CLIENT" "SETINFO" "LIB-NAME" "redis-py"
«epoch».102411 [0 «ip»:53110] "GET" "session:«hex12»"
«epoch».119072 [0 «ip»:53114] "PING"
'''),
('postgres_log_statement_line', ['pgrole'], '''\
«date» «time».412 UTC [«pid»] postgres@«db» LOG:  statement: SELECT pg_reload_conf();
«date» «time».877 UTC [«pid»] postgres@«db» LOG:  statement: ALTER USER «dbuser» WITH PASSWORD '«S»' VALID UNTIL '2026-12-31';
«date» «time».880 UTC [«pid»] postgres@«db» LOG:  duration: 3.114 ms
'''),
('mysql_general_query_log', ['myuser'], '''\
/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:
Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock
Time                 Id Command    Argument
«date»T«time».118823Z	   «num» Connect	root@localhost on  using Socket
«date»T«time».119001Z	   «num» Query	CREATE USER '«dbuser»'@'10.%' IDENTIFIED BY '«S»'
«date»T«time».121774Z	   «num» Query	GRANT SELECT, INSERT, UPDATE ON «db».* TO '«dbuser»'@'10.%'
«date»T«time».122100Z	   «num» Quit
'''),
('mongod_log_json_command', ['mongouser'], '''\
{"t":{"$date":"«ts»"},"s":"I",  "c":"COMMAND",  "id":51803,   "ctx":"conn«int»","msg":"Slow query","attr":{"type":"command","ns":"admin.$cmd","command":{"createUser":"«dbuser»","pwd":"«S»","roles":[{"role":"readWrite","db":"«db»"}],"$db":"admin"},"durationMillis":«ms»}}
'''),
('circleci_step_output', 'TBP', '''\
#!/bin/bash -eo pipefail
set -x
./scripts/deploy.sh «branch»
+ echo 'Deploying «app» to production'
Deploying «app» to production
+ export «ENV»=«S»
+ «ENV»=«S»
+ ./bin/release --region «region» --sha «sha»
release «ver» created (id «uuid»)
CircleCI received exit code 0
'''),
('azure_pipelines_log_line', 'TBP', '''\
«ts» ##[section]Starting: Deploy «app»
«ts» ==============================================================================
«ts» Task         : Bash
«ts» Version      : 3.231.5
«ts» ==============================================================================
«ts» Generating script.
«ts» ##[debug]«ENV»=«S»
«ts» ========================== Starting Command Output ===========================
«ts» /usr/bin/bash /home/vsts/work/_temp/«uuid».sh
«ts» deploy ok («ms»ms)
«ts» ##[section]Finishing: Deploy «app»
'''),
('teamcity_build_log', 'TBP', '''\
[10:41:02]W:	 [Step 3/5] Starting: /opt/buildagent/temp/agentTmp/custom_script«int».sh
[10:41:02]W:	 [Step 3/5] in directory: /opt/buildagent/work/«hex8»
[10:41:02] :	 [Step 3/5] + export «ENV»=«S»
[10:41:03] :	 [Step 3/5] + npm run publish:ci
[10:41:09] :	 [Step 3/5] published @«org»/sdk@«ver»
[10:41:09] :	 [Step 3/5] Process exited with code 0
'''),
('concourse_fly_watch_output', 'TBP', '''\
$ fly -t ci watch -j «app»/deploy-prod
initializing
selected worker: worker-«hex8»
running bash -c set -x; ./ci/deploy.sh
+ «ENV»=«S»
+ ./ci/deploy.sh
pushing «app» «ver» to «region»
succeeded
'''),
('ansible_playbook_vvv_output', 'TUP', '''\
TASK [app : render environment file] ***************************************************
task path: /home/«user»/infra/roles/app/tasks/main.yml:14
<«ip»> ESTABLISH SSH CONNECTION FOR USER: deploy
changed: [«host»] => {
    "changed": true,
    "checksum": "«sha»",
    "dest": "/etc/«app»/env",
    "diff": {"after": "LOG_LEVEL=info\\n«ENV»=«S»\\n", "before": ""},
    "gid": 0, "group": "root", "mode": "0640", "owner": "root", "size": 212
}
'''),
('terraform_trace_log_request_body', 'TP', '''\
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1: ---[ REQUEST ]---------------------------------------
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1: POST /v1/integrations HTTP/1.1
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1: Host: api.«domain»
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1: Content-Type: application/json
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1:
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1: {"name":"«app»-alerts","credential":"«S»","enabled":true}
«ts» [DEBUG] provider.terraform-provider-restapi_v1.19.1: -----------------------------------------------------
'''),
('packer_build_debug_vars', 'TBP', '''\
==> amazon-ebs.base: Prevalidating any provided VPC information
==> amazon-ebs.base: Prevalidating AMI Name: «app»-base-«epoch»
    amazon-ebs.base: Found Image ID: ami-«hex8»«hex8»
==> amazon-ebs.base: Provisioning with shell script: scripts/bootstrap.sh
    amazon-ebs.base: + export «ENV»=«S»
    amazon-ebs.base: + sudo -E ./install-agent.sh
    amazon-ebs.base: agent «ver» installed
'''),
('cloud_init_output_log', 'TBUP', '''\
Cloud-init v. 23.4.4-0ubuntu0~22.04.1 running 'modules:final' at Tue, 11 Jun «year» 08:15:31 +0000. Up 21.44 seconds.
+ apt-get install -y docker.io
Reading package lists...
+ docker run -d --restart=always -e «ENV»='«S»' -p «port»:«port» ghcr.io/«repo»:latest
Unable to find image 'ghcr.io/«repo»:latest' locally
latest: Pulling from «repo»
Status: Downloaded newer image for ghcr.io/«repo»:latest
«hex12»«hex12»«hex12»«hex12»«hex12»1234
Cloud-init v. 23.4.4-0ubuntu0~22.04.1 finished at Tue, 11 Jun «year» 08:16:02 +0000. Datasource DataSourceEc2Local.  Up 52.10 seconds
'''),
('vagrant_up_provision_output', 'TBP', '''\
==> default: Running provisioner: shell...
    default: Running: inline script
    default: + echo «ENV»=«S»
    default: «ENV»=«S»
    default: + sudo tee -a /etc/environment
    default: + systemctl restart «app»
==> default: Machine '«app»-dev' has a post `vagrant up` message.
'''),
('github_cli_secret_set_history', 'TBUP', '''\
  501  gh auth status
  502  gh secret list --repo «repo»
  503  gh secret set «ENV» --repo «repo» --body '«S»'
  504  gh workflow run deploy.yml --ref «branch»
  505  gh run watch
'''),
('glab_variable_set_cli', 'TBP', '''\
$ glab variable set «ENV» --value '«S»' --masked --scope production -R «repo»
✓ Created variable «ENV» for «repo» with scope production
$ glab variable list -R «repo»
KEY                  PROTECTED   MASKED   EXPANDED   SCOPE
«ENV»                false       true     true       production
'''),
('dokku_config_set_cli', 'TBUP', '''\
$ dokku config:set --no-restart «app» «ENV»='«S»' NODE_ENV=production
-----> Setting config vars
       «ENV»:  «S»
       NODE_ENV:  production
$ dokku ps:rebuild «app»
'''),
('firebase_functions_config_set', 'TP', '''\
$ firebase functions:config:set «app».key="«S»" «app».region="«region»" --project «org»-prod
✔  Functions config updated.

Please deploy your functions for the change to take effect by running firebase deploy --only functions
'''),
('docker_service_create_env_cli', 'TBUP', '''\
docker service create \\
  --name «app» \\
  --replicas 3 \\
  --network backend \\
  --env LOG_FORMAT=json \\
  --env «ENV»='«S»' \\
  --limit-memory 512M \\
  registry.«domain»/«app»:«ver»
'''),
('lxc_config_set_environment', 'TBP', '''\
$ lxc config set «app»-ct environment.«ENV» '«S»'
$ lxc config show «app»-ct | grep -A3 environment
  environment.«ENV»: «S»
  image.os: Debian
  image.release: bookworm
'''),
('ecs_run_task_overrides_json', 'TBUP', '''\
{
  "cluster": "«org»-prod",
  "taskDefinition": "«app»-migrate:42",
  "launchType": "FARGATE",
  "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-«hex8»«hex8»"], "securityGroups": ["sg-«hex8»«hex8»"]}},
  "overrides": {
    "containerOverrides": [{
      "name": "«app»",
      "command": ["./manage.py", "migrate"],
      "environment": [
        {"name": "DJANGO_SETTINGS_MODULE", "value": "«app».settings.prod"},
        {"name": "«ENV»", "value": "«S»"}
      ]
    }]
  }
}
'''),
('aws_batch_job_definition_json', 'TBUP', '''\
{
  "jobDefinitionName": "«app»-nightly",
  "type": "container",
  "platformCapabilities": ["FARGATE"],
  "containerProperties": {
    "image": "«int»12345678.dkr.ecr.«region».amazonaws.com/«app»:«ver»",
    "command": ["python", "-m", "«app».nightly"],
    "environment": [
      {"name": "«ENV»", "value": "«S»"},
      {"name": "BATCH_SIZE", "value": "500"}
    ],
    "resourceRequirements": [{"type": "VCPU", "value": "1"}, {"type": "MEMORY", "value": "2048"}]
  }
}
'''),
('step_functions_execution_input', 'TUP', '''\
$ aws stepfunctions start-execution --state-machine-arn arn:aws:states:«region»:«int»9876543:stateMachine:«app»-etl --input file://input.json
$ cat input.json
{
  "run_date": "«date»",
  "source": {"kind": "postgres", "dsn": "«S»"},
  "target": {"bucket": "«org»-lake", "prefix": "raw/«app»/"}
}
'''),
('azure_functions_local_settings_json', 'TBUP', '''\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "«ENV»": "«S»",
    "QueueName": "«app»-inbox"
  },
  "Host": {"LocalHttpPort": 7071, "CORS": "*"}
}
'''),
]

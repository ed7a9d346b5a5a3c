"""Positional passwords: one new syntax each, six new presentation suffixes."""
import random
from common import owner_password
from gen_everyday import sub

SEED = 7903

# (span type, presentation category, template; «P» is the password)
S = [
 ("argocd_login_password_flag", "cli", "argocd login argocd.«host» --username admin --password «P» --grpc-web"),
 ("argocd_account_update_new_password_flag", "cli", "argocd account update-password --account «user» --current-password \"$CUR\" --new-password «P»"),
 ("argocd_repo_add_password_flag", "cli", "argocd repo add https://«host»/«ns»/deploy.git --username ci-bot --password «P»"),
 ("flux_create_secret_git_password_equals", "cli", "flux create secret git «ns»-auth --url=https://«host»/«ns»/fleet --username=flux --password=«P»"),
 ("flux_bootstrap_git_password_equals", "cli", "flux bootstrap git --url=https://«host»/fleet.git --branch=main --username=fluxcd --password=«P» --token-auth=true"),
 ("helm_repo_add_password_flag", "cli", "helm repo add internal https://«host»/charts --username «user» --password «P»"),
 ("helm_registry_login_password_stdin_echo", "cli", "echo '«P»' | helm registry login «host» -u robot-«ns» --password-stdin"),
 ("kubectl_secret_generic_from_literal_password", "cli", "kubectl -n «ns» create secret generic «app»-db --from-literal=username=«app» --from-literal=password=«P»"),
 ("kubectl_secret_docker_registry_password_equals", "cli", "kubectl create secret docker-registry regcred --docker-server=«host» --docker-username=ci --docker-password=«P»"),
 ("kubectl_config_set_credentials_password_equals", "cli", "kubectl config set-credentials «user»-basic --username=«user» --password=«P»"),
 ("vault_login_userpass_password_pair", "cli", "vault login -method=userpass username=«user» password=«P»"),
 ("vault_write_userpass_user_password_pair", "cli", "vault write auth/userpass/users/«user» password=«P» token_policies=«ns»-ro"),
 ("vault_write_database_config_password_pair", "cli", "vault write database/config/«app» plugin_name=postgresql-database-plugin connection_url='postgresql://{{username}}:{{password}}@«host»:5432/app' username=vault-admin password=«P»"),
 ("vault_login_ldap_password_pair", "cli", "vault login -method=ldap username=«user» password=«P»"),
 ("skopeo_copy_dest_creds_colon", "cli", "skopeo copy --dest-creds mirror-bot:«P» docker://docker.io/library/nginx:1.27 docker://«host»/mirror/nginx:1.27"),
 ("crane_auth_login_lower_p", "cli", "crane auth login «host» -u robot$«ns» -p «P»"),
 ("oras_login_password_long_flag", "cli", "oras login «host» --username artifacts --password «P»"),
 ("podman_login_password_equals", "cli", "podman login --username=«user» --password=«P» «host»"),
 ("buildah_push_creds_colon", "cli", "buildah push --creds builder:«P» «app»:«ver» docker://«host»/«ns»/«app»:«ver»"),
 ("docker_login_printf_password_stdin", "cli", "printf '%s' '«P»' | docker login «host» -u ci --password-stdin"),
 ("cosign_password_env_prefix", "cli", "COSIGN_PASSWORD=«P» cosign sign --key cosign.key «host»/«ns»/«app»:«ver»"),
 ("etcdctl_user_colon_password", "cli", "ETCDCTL_API=3 etcdctl --endpoints https://10.0.0.«n»:2379 --user root:«P» member list"),
 ("etcdctl_user_add_new_user_password", "cli", "etcdctl user add «app» --new-user-password=«P»"),
 ("psql_conninfo_password_keyword", "cli", "psql \"host=«host» port=5432 dbname=«app» user=«app» password=«P» sslmode=require\""),
 ("mongosh_lower_p_after_u", "cli", "mongosh --host «host» -u admin -p «P» --authenticationDatabase admin"),
 ("clickhouse_client_password_flag", "cli", "clickhouse-client --host «host» --user default --password «P» --query 'SELECT 1'"),
 ("cqlsh_lower_p_flag", "cli", "cqlsh «host» 9042 -u cassandra -p «P»"),
 ("kafka_configs_scram_add_config", "cli", "kafka-configs.sh --bootstrap-server «host»:9092 --alter --add-config 'SCRAM-SHA-512=[password=«P»]' --entity-type users --entity-name «app»"),
 ("nats_cli_user_password_flags", "cli", "nats --server nats://«host»:4222 --user «app» --password «P» pub orders.created '{}'"),
 ("rabbitmqadmin_lower_p_flag", "cli", "rabbitmqadmin -H «host» -u admin -p «P» list queues"),
 ("mosquitto_pub_capital_p_flag", "cli", "mosquitto_pub -h «host» -u sensor-«n» -P «P» -t plant/«n»/temp -m 21.5"),
 ("wget_http_password_equals", "cli", "wget --http-user=«user» --http-password=«P» https://«host»/charts/index.yaml"),
 ("ldapsearch_lower_w_bind", "cli", "ldapsearch -x -H ldaps://«host» -D 'cn=admin,dc=platform,dc=example' -w «P» -b 'ou=people,dc=platform,dc=example'"),
 ("kcadm_config_credentials_password", "cli", "kcadm.sh config credentials --server https://«host» --realm master --user admin --password «P»"),
 ("kcadm_set_password_new_password", "cli", "kcadm.sh set-password -r «ns» --username «user» --new-password «P»"),
 ("gitea_admin_user_create_password", "cli", "gitea admin user create --username «user» --password «P» --email «user»@platform.example --must-change-password=false"),
 ("openssl_pkcs12_passout_pass_prefix", "cli", "openssl pkcs12 -export -in tls.crt -inkey tls.key -out «app».p12 -passout pass:«P»"),
 ("keytool_deststorepass_arg", "cli", "keytool -importkeystore -srckeystore «app».p12 -srcstoretype PKCS12 -srcstorepass:env P12_PASS -destkeystore kafka.jks -deststorepass «P»"),
 ("htpasswd_batch_bcrypt_positional", "cli", "htpasswd -bBc auth «user» «P» && kubectl -n «ns» create secret generic basic-auth --from-file=auth"),
 ("sshpass_lower_p_quoted", "cli", "sshpass -p '«P»' ssh core@10.0.«n».11 'sudo systemctl restart kubelet'"),
 ("ansible_playbook_become_password_extra_var", "cli", "ansible-playbook -i inventory/«cl» site.yml -e ansible_become_password=«P»"),
 ("tf_var_env_prefix_assignment", "cli", "TF_VAR_db_admin_password=«P» terraform apply -target=module.«app»_db"),
 ("pulumi_config_set_plaintext_positional", "cli", "pulumi config set «app»:dbPassword «P» --plaintext --stack «cl»"),
 ("pulumi_config_passphrase_export", "cli", "export PULUMI_CONFIG_PASSPHRASE=«P»"),
 ("az_ad_user_create_password_flag", "cli", "az ad user create --display-name '«user» (break-glass)' --user-principal-name bg-«user»@platform.example --password «P»"),
 ("gcloud_sql_users_set_password_equals", "cli", "gcloud sql users set-password «app» --instance=«app»-pg --password=«P»"),
 ("aws_rds_master_user_password_flag", "cli", "aws rds modify-db-instance --db-instance-identifier «app»-pg --master-user-password «P» --apply-immediately"),
 ("aws_iam_create_login_profile_password", "cli", "aws iam create-login-profile --user-name «user» --password «P» --password-reset-required"),
 ("oc_login_lower_p_flag", "cli", "oc login https://api.«cl».platform.example:6443 -u kubeadmin -p «P»"),
 ("mc_admin_user_add_positional", "cli", "mc admin user add «cl»-minio «app»-writer «P»"),
 ("kopia_repository_connect_password_equals", "cli", "kopia repository connect s3 --bucket=backups-«cl» --password=«P»"),
 ("ssh_keygen_capital_n_passphrase", "cli", "ssh-keygen -t ed25519 -N '«P»' -f ./deploy_key -C flux-«cl»"),
 ("gpg_loopback_passphrase_flag", "cli", "gpg --batch --pinentry-mode loopback --passphrase '«P»' -d values.«cl».yaml.gpg"),
 ("sevenzip_attached_lower_p", "cli", "7z a -p«P» -mhe=on kubeconfigs-«day».7z ~/.kube/"),
 ("zip_capital_p_flag", "cli", "zip -P «P» -r etcd-snapshot-«day».zip /var/backups/etcd"),
 ("neo4j_cypher_shell_lower_p", "cli", "cypher-shell -a bolt://«host»:7687 -u neo4j -p «P»"),
 ("couchbase_cli_cluster_password_flag", "cli", "couchbase-cli cluster-init -c «host» --cluster-username Administrator --cluster-password «P» --services data,index,query"),
 ("solr_auth_enable_credentials_colon", "cli", "bin/solr auth enable -type basicAuth -credentials solr:«P» -z zk-«n»:2181"),
 ("swaks_auth_password_flag", "cli", "swaks --to oncall@platform.example --server «host»:587 --auth LOGIN --auth-user alerts --auth-password «P»"),
 ("lftp_user_comma_password", "cli", "lftp -u «user»,«P» sftp://«host» -e 'mirror charts/ ./charts; bye'"),
 ("redfishtool_lower_p_flag", "cli", "redfishtool -r 10.20.«n».5 -u root -p «P» Systems reset GracefulRestart"),
 ("passwd_stdin_echo_pipe", "boot", "echo '«P»' | passwd --stdin core"),
 ("docker_secret_create_printf_pipe", "boot", "printf '«P»' | docker secret create «app»_db_password -"),
 ("systemd_creds_encrypt_echo", "boot", "echo -n '«P»' | systemd-creds encrypt --name=dbpass - /etc/credstore.encrypted/dbpass"),
 ("kickstart_rootpw_plaintext", "boot", "rootpw --plaintext «P»"),
 ("preseed_root_password_line", "boot", "d-i passwd/root-password password «P»"),
 ("ansible_inventory_host_password_var", "boot", "node-«n» ansible_host=10.0.«n».21 ansible_user=core ansible_password=«P»"),
 ("packer_hcl_ssh_password_attr", "boot", "source \"proxmox-iso\" \"k8s-node\" {\n  ssh_username = \"packer\"\n  ssh_password = \"«P»\"\n}"),
 ("vncpasswd_f_echo_pipe", "boot", "echo «P» | vncpasswd -f > /root/.vnc/passwd"),
 ("mysql_create_user_identified_by", "sql", "CREATE USER '«app»'@'%' IDENTIFIED BY '«P»';"),
 ("postgres_create_role_login_password", "sql", "CREATE ROLE «app» LOGIN PASSWORD '«P»';"),
 ("clickhouse_create_user_sha256_by", "sql", "CREATE USER «app» IDENTIFIED WITH sha256_password BY '«P»';"),
 ("cql_create_role_with_password_equals", "sql", "CREATE ROLE «app» WITH PASSWORD = '«P»' AND LOGIN = true;"),
 ("mongodb_create_user_pwd_field", "sql", "db.getSiblingDB(\"admin\").createUser({user: \"«app»\", pwd: \"«P»\", roles: [\"readWrite\"]})"),
 ("redis_acl_setuser_gt_prefix", "sql", "ACL SETUSER «app» on >«P» ~«app»:* +@read +@write"),
 ("redis_auth_two_arg_command", "proto", "127.0.0.1:6379> AUTH «app» «P»\nOK"),
 ("redis_sentinel_auth_pass_directive", "cfg", "sentinel monitor mymaster 10.0.0.«n» 6379 2\nsentinel auth-pass mymaster «P»"),
 ("redis_conf_masterauth_directive", "cfg", "replicaof 10.0.0.«n» 6379\nmasterauth «P»"),
 ("zookeeper_addauth_digest_colon", "proto", "[zk: zk-«n»:2181(CONNECTED) 0] addauth digest super:«P»"),
 ("git_credential_fill_password_line", "proto", "protocol=https\nhost=«host»\nusername=flux\npassword=«P»"),
 ("netrc_machine_password_token", "cfg", "machine «host» login ci-bot password «P»"),
 ("maven_settings_server_password_element", "cfg", "<server>\n  <id>platform-nexus</id>\n  <username>ci</username>\n  <password>«P»</password>\n</server>"),
 ("gradle_properties_repo_password", "cfg", "nexusUsername=ci\nnexusPassword=«P»"),
 ("kafka_jaas_plain_login_module", "cfg", "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"«app»\" password=\"«P»\";"),
 ("java_truststore_password_system_property", "cfg", "JAVA_TOOL_OPTIONS=-Djavax.net.ssl.trustStore=/etc/pki/truststore.jks -Djavax.net.ssl.trustStorePassword=«P»"),
 ("spring_datasource_password_property", "cfg", "spring.datasource.url=jdbc:postgresql://«host»:5432/«app»\nspring.datasource.password=«P»"),
 ("dotnet_connection_string_password_segment", "cfg", "\"ConnectionStrings\": { \"Default\": \"Server=«host»;Database=«app»;User Id=«app»;Password=«P»;TrustServerCertificate=true\" }"),
 ("jdbc_url_password_query_param", "cfg", "url: jdbc:postgresql://«host»:5432/«app»?user=«app»&password=«P»&ssl=true"),
 ("pgbouncer_userlist_quoted_pair", "cfg", "\"«app»\" \"«P»\""),
 ("pgpass_fifth_field", "cfg", "«host»:5432:«app»:«app»:«P»"),
 ("mysql_my_cnf_client_password", "cfg", "[client]\nuser=root\npassword=«P»"),
 ("mysql_client_attached_lower_p", "cli", "mysql -h «host» -uroot -p«P» -e 'SHOW DATABASES'"),
 ("haproxy_userlist_insecure_password", "cfg", "userlist stats-users\n  user admin insecure-password «P»"),
 ("fluent_bit_http_passwd_key", "cfg", "[OUTPUT]\n    Name        es\n    Host        «host»\n    HTTP_User   fluentbit\n    HTTP_Passwd «P»"),
 ("fluentd_match_password_param", "cfg", "<match kube.**>\n  @type elasticsearch\n  user fluentd\n  password «P»\n</match>"),
 ("vector_toml_auth_password_key", "cfg", "[sinks.es.auth]\nstrategy = \"basic\"\nuser = \"vector\"\npassword = \"«P»\""),
 ("prometheus_remote_write_basic_auth_password", "cfg", "remote_write:\n  - url: https://«host»/api/v1/push\n    basic_auth:\n      username: «cl»\n      password: «P»"),
 ("alertmanager_smtp_auth_password_key", "cfg", "global:\n  smtp_smarthost: «host»:587\n  smtp_auth_username: alerts\n  smtp_auth_password: '«P»'"),
 ("kibana_yml_elasticsearch_password", "cfg", "elasticsearch.username: kibana_system\nelasticsearch.password: \"«P»\""),
 ("msmtprc_password_directive", "cfg", "account alerts\nhost «host»\nuser alerts@platform.example\npassword «P»"),
 ("postfix_sasl_passwd_map_line", "cfg", "[«host»]:587 relay@platform.example:«P»"),
 ("proxysql_admin_credentials_pair", "cfg", "admin_variables=\n{\n    admin_credentials=\"admin:«P»\"\n}"),
 ("jenkins_casc_local_user_password", "cfg", "jenkins:\n  securityRealm:\n    local:\n      users:\n        - id: «user»\n          password: «P»"),
 ("grafana_chart_adminpassword_value", "cfg", "grafana:\n  adminUser: admin\n  adminPassword: «P»"),
 ("harbor_chart_harboradminpassword_value", "cfg", "expose:\n  type: ingress\nharborAdminPassword: \"«P»\""),
 ("kustomize_secretgenerator_literal_line", "cfg", "secretGenerator:\n  - name: «app»-db\n    literals:\n      - password=«P»"),
 ("patroni_superuser_password_block", "cfg", "authentication:\n  superuser:\n    username: postgres\n    password: «P»"),
 ("httpx_basicauth_second_arg", "code", "auth = httpx.BasicAuth(\"«user»\", \"«P»\")"),
 ("kubernetes_python_configuration_password", "code", "cfg = kubernetes.client.Configuration()\ncfg.username = \"«user»\"\ncfg.password = \"«P»\""),
 ("client_go_rest_config_password_field", "code", "cfg := &rest.Config{Host: \"https://«host»:6443\", Username: \"«user»\", Password: \"«P»\"}"),
 ("terraform_provider_block_password_attr", "code", "provider \"postgresql\" {\n  host     = \"«host»\"\n  username = \"tf_admin\"\n  password = \"«P»\"\n}"),
 ("pulumi_ts_random_override_literal", "code", "const dbPassword = pulumi.secret(\"«P»\"); // TODO: random.RandomPassword"),
]

SUFFIX = {"cli": "platform_oncall_terminal_capture", "cfg": "gitops_repo_file_hunk", "sql": "db_operator_migration_snippet",
          "code": "controller_source_excerpt", "proto": "cluster_debug_wire_dump", "boot": "node_bootstrap_script_line"}


def present(cat, body, f):
    if cat == "cli":
        return f"{f['user']}@bastion-{f['cl']}:~$ {body}\n"
    if cat == "cfg":
        lines = "\n".join("+" + l for l in body.split("\n"))
        return f"--- a/clusters/{f['cl']}/config\n+++ b/clusters/{f['cl']}/config\n@@ -{f['n']},0 +{f['n']},{body.count(chr(10)) + 1} @@\n{lines}\n"
    if cat == "sql":
        return f"-- migration {f['day']}_{f['app']}.sql (run by the db operator job)\n{body}\n"
    if cat == "code":
        return f"// {f['app']}/internal/bootstrap (line {f['pr']})\n{body}\n"
    if cat == "proto":
        return f"# captured while debugging {f['app']} in {f['ns']} ({f['hh']})\n{body}\n"
    return f"# cloud-init / bootstrap step {f['n']} for {f['cl']}\n{body}\n"


def generate(pool, fill):
    rng = random.Random(SEED)
    recs = []
    for t, cat, tpl in S:
        v = pool.take(lambda: owner_password(rng))
        f = fill(rng)
        m = dict(f)
        m["P"] = v
        body = sub(tpl, m)
        text = present(cat, body, f)
        s = text.index(v)
        recs.append({"type": t, "container": f"{t}__{SUFFIX[cat]}", "text": text,
                     "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "password"})
    return recs

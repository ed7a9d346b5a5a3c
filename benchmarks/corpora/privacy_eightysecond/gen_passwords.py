"""Positional passwords: one new syntax each (seed 8203)."""
import random
from common import owner_pw, fill, rs, LC

SUFFIX = {'cli': 'devcontainer_terminal_scrollback', 'cfg': 'web_stack_config_snippet',
          'sql': 'prisma_seed_sql_view', 'code': 'fullstack_repo_source_blame',
          'proto': 'browser_network_capture'}

P = [
    # cli
    ('psql_conninfo_password_keyword', 'cli', '$ psql "host={H} user={U} password={V} dbname=app sslmode=require"'),
    ('mysql_client_p_glued', 'cli', '$ mysql -u {U} -p{V} -h {H} shop'),
    ('mongosh_long_password_flag', 'cli', '$ mongosh "mongodb://{H}:27017/app" --username {U} --password {V}'),
    ('redis_cli_a_flag', 'cli', '$ redis-cli -h {H} -p 6379 -a {V} --no-auth-warning ping'),
    ('curl_u_user_colon', 'cli', '$ curl -sS -u {U}:{V} https://{H}/api/health'),
    ('httpie_a_user_colon', 'cli', '$ http -a {U}:{V} GET https://{H}/admin/stats'),
    ('git_clone_https_userinfo', 'cli', '$ git clone https://{U}:{V}@{H}/web/storefront.git'),
    ('rsync_password_env_prefix', 'cli', '$ RSYNC_PASSWORD={V} rsync -az dist/ rsync://{U}@{H}/www/'),
    ('pgpassword_env_prefix_pg_dump', 'cli', '$ PGPASSWORD={V} pg_dump -h {H} -U {U} app > app.sql'),
    ('mysql_pwd_env_prefix', 'cli', '$ MYSQL_PWD={V} mysqldump -u {U} -h {H} shop > shop.sql'),
    ('sshpass_p_flag', 'cli', '$ sshpass -p {V} ssh {U}@{H} "pm2 reload all"'),
    ('wget_ftp_url_userinfo', 'cli', '$ wget ftp://{U}:{V}@{H}/exports/sitemap.xml'),
    ('htpasswd_b_batch_positional', 'cli', '$ htpasswd -b -c .htpasswd {U} {V}'),
    ('openssl_enc_k_flag', 'cli', '$ openssl enc -aes-256-cbc -pbkdf2 -k {V} -in .env.production -out .env.production.enc'),
    ('mongodump_srv_uri_userinfo', 'cli', '$ mongodump --uri "mongodb+srv://{U}:{V}@{H}/app" --out ./backup'),
    ('supabase_db_push_password_flag', 'cli', '$ supabase db push --password {V}'),
    ('supabase_link_p_flag', 'cli', '$ supabase link --project-ref {U}xyzref -p {V}'),
    ('prisma_db_execute_url_flag', 'cli', '$ npx prisma db execute --url "postgresql://{U}:{V}@{H}:5432/app" --file seed.sql'),
    ('docker_run_postgres_password_env', 'cli', '$ docker run -d -p 5432:5432 -e POSTGRES_PASSWORD={V} postgres:16'),
    ('mariadb_password_equals_flag', 'cli', '$ mariadb --host={H} --user={U} --password={V} shop'),
    ('cypress_run_env_flag', 'cli', '$ npx cypress run --env username={U},password={V}'),
    ('ngrok_basic_auth_flag', 'cli', '$ ngrok http 5173 --basic-auth "{U}:{V}"'),
    ('http_server_password_flag', 'cli', '$ npx http-server dist -p 8080 --username {U} --password {V}'),
    ('caddy_hash_password_plaintext_flag', 'cli', '$ caddy hash-password --plaintext {V}'),
    ('lhci_basic_auth_password_flag', 'cli', '$ lhci upload --serverBaseUrl=https://{H} --basicAuth.username={U} --basicAuth.password={V}'),
    ('k6_run_e_variable', 'cli', '$ k6 run -e LOGIN_USER={U} -e LOGIN_PASS={V} checkout.js'),
    ('newman_env_var_flag', 'cli', '$ newman run api.postman_collection.json --env-var "password={V}"'),
    ('ssh_keygen_n_passphrase', 'cli', '$ ssh-keygen -t ed25519 -N {V} -f ~/.ssh/deploy_storefront'),
    ('gpg_batch_passphrase_flag', 'cli', '$ gpg --batch --yes --passphrase {V} -d .env.gpg > .env'),
    ('vercel_curl_basic_protection_bypass', 'cli', '$ curl -H "Cookie: _vercel_jwt=x" "https://{H}/?password={V}"'),
    # cfg
    ('pip_conf_index_url_userinfo', 'cfg', '[global]\nindex-url = https://{U}:{V}@{H}/simple'),
    ('yarnrc_npm_auth_ident_pair', 'cfg', 'npmRegistryServer: "https://npm.{H}"\nnpmAuthIdent: "{U}:{V}"'),
    ('composer_auth_json_http_basic', 'cfg', '{"http-basic": {"{H}": {"username": "{U}", "password": "{V}"}}}'),
    ('prisma_schema_datasource_literal_url', 'cfg', 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://{U}:{V}@{H}:5432/app"\n}'),
    ('compose_mysql_root_password_key', 'cfg', 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: {V}'),
    ('pgadmin_default_password_env', 'cfg', '  pgadmin:\n    image: dpage/pgadmin4\n    environment:\n      PGADMIN_DEFAULT_EMAIL: {U}@example.dev\n      PGADMIN_DEFAULT_PASSWORD: {V}'),
    ('strapi_env_helper_default_arg', 'cfg', '      password: env(\'DATABASE_PASSWORD\', \'{V}\'),'),
    ('directus_admin_password_env', 'cfg', 'KEY=directus\nADMIN_EMAIL={U}@example.dev\nADMIN_PASSWORD={V}'),
    ('wp_config_define_db_password', 'cfg', "define( 'DB_USER', '{U}' );\ndefine( 'DB_PASSWORD', '{V}' );"),
    ('laravel_database_php_env_default', 'cfg', "            'password' => env('DB_PASSWORD', '{V}'),"),
    ('django_settings_databases_password', 'cfg', "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'USER': '{U}', 'PASSWORD': '{V}'}}"),
    ('rails_database_yml_production_password', 'cfg', 'production:\n  adapter: postgresql\n  username: {U}\n  password: {V}'),
    ('spring_datasource_password_property', 'cfg', 'spring.datasource.username={U}\nspring.datasource.password={V}'),
    ('flyway_conf_password_property', 'cfg', 'flyway.url=jdbc:postgresql://{H}:5432/app\nflyway.user={U}\nflyway.password={V}'),
    ('pgbouncer_userlist_quoted_pair', 'cfg', '"{U}" "{V}"'),
    ('redis_conf_requirepass_directive', 'cfg', 'bind 0.0.0.0\nrequirepass {V}'),
    ('rabbitmq_conf_default_pass', 'cfg', 'default_user = {U}\ndefault_pass = {V}'),
    ('hasura_console_admin_secret_env', 'cfg', 'HASURA_GRAPHQL_ENABLE_CONSOLE=true\nHASURA_GRAPHQL_ADMIN_SECRET={V}'),
    ('verdaccio_uplink_auth_token_literal', 'cfg', 'uplinks:\n  corp:\n    url: https://{H}/\n    auth:\n      type: basic\n      token: "{U}:{V}"'),
    # sql
    ('postgres_create_role_login_password', 'sql', "CREATE ROLE {U} LOGIN PASSWORD '{V}';"),
    ('postgres_alter_user_with_password', 'sql', "ALTER USER {U} WITH PASSWORD '{V}';"),
    ('mysql_alter_user_identified_with_plugin', 'sql', "ALTER USER '{U}'@'%' IDENTIFIED WITH caching_sha2_password BY '{V}';"),
    ('postgres_dblink_connect_conninfo', 'sql', "SELECT dblink_connect('legacy', 'host={H} user={U} password={V} dbname=shop');"),
    ('postgres_user_mapping_options_password', 'sql', "CREATE USER MAPPING FOR app SERVER legacy OPTIONS (user '{U}', password '{V}');"),
    ('mysql_change_replication_source_password', 'sql', "CHANGE REPLICATION SOURCE TO SOURCE_HOST='{H}', SOURCE_USER='{U}', SOURCE_PASSWORD='{V}';"),
    ('mysql_set_password_for_user', 'sql', "SET PASSWORD FOR '{U}'@'localhost' = '{V}';"),
    ('clickhouse_create_user_plaintext_password', 'sql', "CREATE USER {U} IDENTIFIED WITH plaintext_password BY '{V}';"),
    ('surrealql_define_user_password', 'sql', "DEFINE USER {U} ON DATABASE PASSWORD '{V}' ROLES EDITOR;"),
    ('supabase_seed_crypt_gen_salt', 'sql', "INSERT INTO auth.users (email, encrypted_password) VALUES ('{U}@example.dev', crypt('{V}', gen_salt('bf')));"),
    ('neo4j_create_user_set_password', 'sql', "CREATE USER {U} SET PASSWORD '{V}' CHANGE NOT REQUIRED;"),
    ('postgres_alter_role_valid_until', 'sql', "ALTER ROLE {U} PASSWORD '{V}' VALID UNTIL '2026-12-31';"),
    # code
    ('knexfile_connection_password', 'code', "  connection: { host: '{H}', user: '{U}', password: '{V}', database: 'app' },"),
    ('typeorm_datasource_password_option', 'code', 'export const AppDataSource = new DataSource({ type: "postgres", host: "{H}", username: "{U}", password: "{V}" });'),
    ('sequelize_constructor_third_arg', 'code', "const sequelize = new Sequelize('shop', '{U}', '{V}', { host: '{H}', dialect: 'mysql' });"),
    ('mongoose_connect_pass_option', 'code', "await mongoose.connect('mongodb://{H}/app', { user: '{U}', pass: '{V}' });"),
    ('nodemailer_transport_auth_pass', 'code', "const transporter = nodemailer.createTransport({ host: '{H}', auth: { user: '{U}', pass: '{V}' } });"),
    ('ioredis_constructor_password_option', 'code', "const redis = new Redis({ host: '{H}', port: 6379, password: '{V}' });"),
    ('node_pg_pool_password_option', 'code', "const pool = new Pool({ host: '{H}', user: '{U}', password: '{V}', max: 10 });"),
    ('mysql2_createpool_password_option', 'code', "const db = mysql.createPool({ host: '{H}', user: '{U}', password: '{V}', database: 'shop' });"),
    ('drizzle_config_dbcredentials_password', 'code', "  dbCredentials: { host: '{H}', user: '{U}', password: '{V}', database: 'app' },"),
    ('middleware_basic_auth_literal_compare', 'code', "  if (user === '{U}' && pwd === '{V}') return NextResponse.next();"),
    ('express_basic_auth_users_map', 'code', "app.use(basicAuth({ users: { '{U}': '{V}' }, challenge: true }));"),
    ('mqtt_connect_password_option', 'code', "const client = mqtt.connect('wss://{H}/mqtt', { username: '{U}', password: '{V}' });"),
    ('cypress_config_env_password', 'code', "  env: { username: '{U}', password: '{V}' },"),
    ('playwright_http_credentials_option', 'code', "  use: { httpCredentials: { username: '{U}', password: '{V}' } },"),
    ('puppeteer_page_authenticate_call', 'code', "await page.authenticate({ username: '{U}', password: '{V}' });"),
    ('axios_auth_config_password', 'code', "const res = await axios.get('https://{H}/api/report', { auth: { username: '{U}', password: '{V}' } });"),
    ('fetch_basic_auth_btoa_pair', 'code', "headers: { Authorization: 'Basic ' + btoa('{U}:{V}') },"),
    ('firebase_signin_email_password_third_arg', 'code', "await signInWithEmailAndPassword(auth, '{U}@example.dev', '{V}');"),
    ('supabase_signinwithpassword_object', 'code', "const { data } = await supabase.auth.signInWithPassword({ email: '{U}@example.dev', password: '{V}' });"),
    ('amplify_auth_signin_password_field', 'code', "await signIn({ username: '{U}', password: '{V}' });"),
    ('vue_test_utils_setvalue_password_input', 'code', "await wrapper.find('input[type=password]').setValue('{V}');"),
    ('testing_library_user_type_password', 'code', "await user.type(screen.getByLabelText(/password/i), '{V}');"),
    ('cypress_get_type_log_false', 'code', "cy.get('#password').type('{V}', { log: false });"),
    ('webdriverio_setvalue_password', 'code', "await $('#password').setValue('{V}');"),
    ('php_pdo_constructor_third_arg', 'code', "$pdo = new PDO('mysql:host={H};dbname=shop', '{U}', '{V}');"),
    ('psycopg_connect_password_kwarg', 'code', 'conn = psycopg.connect(host="{H}", user="{U}", password="{V}", dbname="app")'),
    ('go_sql_open_mysql_dsn', 'code', 'db, err := sql.Open("mysql", "{U}:{V}@tcp({H}:3306)/shop")'),
    ('amqplib_connect_url_userinfo', 'code', "const conn = await amqp.connect('amqp://{U}:{V}@{H}:5672');"),
    ('socket_io_client_auth_password', 'code', "const socket = io('https://{H}', { auth: { username: '{U}', password: '{V}' } });"),
    ('mongosh_db_auth_positional', 'code', 'use admin\ndb.auth("{U}", "{V}")'),
    # proto
    ('har_postdata_params_password', 'proto', '"postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "email", "value": "{U}@example.dev"}, {"name": "password", "value": "{V}"}]}'),
    ('graphql_login_mutation_variables', 'proto', '{"operationName":"Login","query":"mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }","variables":{"email":"{U}@example.dev","password":"{V}"}}'),
    ('fetch_urlencoded_signin_body', 'proto', 'POST /api/auth/callback/credentials HTTP/2\ncontent-type: application/x-www-form-urlencoded\n\ncsrfToken=x&email={U}%40example.dev&password={V}&json=true'),
    ('websocket_login_frame_json', 'proto', '↑ {"op":"login","user":"{U}","pass":"{V}"}\n↓ {"op":"login_ok"}'),
    ('hasura_admin_secret_request_header', 'proto', 'POST /v1/graphql HTTP/1.1\nHost: {H}\nx-hasura-admin-secret: {V}'),
    ('auth0_password_realm_grant_body', 'proto', '{"grant_type":"http://auth0.com/oauth/grant-type/password-realm","realm":"Username-Password-Authentication","username":"{U}","password":"{V}"}'),
    ('sentry_breadcrumb_request_data', 'proto', '"breadcrumbs": [{"category": "fetch", "data": {"url": "/api/login", "body": {"email": "{U}@example.dev", "password": "{V}"}}}]'),
    ('devtools_copy_as_fetch_body', 'proto', 'fetch("https://{H}/api/login", {\n  "headers": {"content-type": "application/json"},\n  "body": "{\\"email\\":\\"{U}@example.dev\\",\\"password\\":\\"{V}\\"}",\n  "method": "POST"\n});'),
    ('curl_data_raw_json_login', 'proto', "curl 'https://{H}/api/session' -H 'content-type: application/json' --data-raw '{\"email\":\"{U}@example.dev\",\"password\":\"{V}\"}'"),
    ('ioredis_error_url_empty_user', 'proto', '[ioredis] Unhandled error event: Error: connect ECONNREFUSED redis://:{V}@{H}:6379'),
]


def generate():
    rng = random.Random(8203)
    out = []
    for t, cat, tpl in P:
        v = owner_pw(rng)
        host = 'db-' + rs(rng, LC, 5) + '.internal.example.dev'
        user = rng.choice(['web', 'api', 'shop', 'preview', 'ssr', 'edge']) + '_' + rs(rng, LC, 3)
        text, s, e = fill(tpl, v, U=user, H=host)
        out.append(dict(type=t, container=t + '__' + SUFFIX[cat], text=text + '\n', secrets=[dict(value=v, start=s, end=e, type=t)], source='password'))
    return out

"""Everyday records: 45 container kinds from betting / lottery / casino work x 4 records."""
import random
from common114 import (SLOT, rnd, hexs, b64, jwt, owner_pw, uuid4, ALNUM, UP, DIG, LOW)

S = SLOT

def _geo(rng):
    return "-".join(rnd(rng, 5, UP + DIG) for _ in range(5))

# (type, ENV name, generator, is owner-chosen password)
TYPES = [
    ("gmb_odds_feed_api_key", "ODDS_FEED_API_KEY", lambda r: rnd(r, 32)),
    ("gmb_trading_db_password", "TRADING_DB_PASSWORD", owner_pw),
    ("gmb_kyc_vendor_client_secret", "KYC_CLIENT_SECRET", lambda r: rnd(r, 44, ALNUM + "-_")),
    ("gmb_psp_webhook_signing_secret", "PSP_WEBHOOK_SECRET", lambda r: b64(r, 32)),
    ("gmb_rgs_operator_api_token", "RGS_OPERATOR_TOKEN", lambda r: hexs(r, 40)),
    ("gmb_draw_engine_service_password", "DRAW_ENGINE_PASSWORD", owner_pw),
    ("gmb_geofence_license_key", "GEOFENCE_LICENSE_KEY", _geo),
    ("gmb_affiliate_postback_secret", "AFFILIATE_POSTBACK_SECRET", lambda r: hexs(r, 32)),
    ("gmb_wallet_service_jwt", "WALLET_SERVICE_TOKEN",
     lambda r: jwt(r, {"sub": "svc-wallet-" + rnd(r, 4, LOW + DIG), "aud": "wallet-api", "scope": "ledger:write",
                       "iat": 1767200000 + r.randint(0, 900000)})),
    ("gmb_bonus_cache_redis_password", "BONUS_REDIS_PASSWORD", owner_pw),
    ("gmb_lobby_cdn_signing_key", "LOBBY_CDN_SIGNING_KEY", lambda r: b64(r, 32, url=True, strip=True)),
    ("gmb_regulator_sftp_password", "REGULATOR_SFTP_PASSWORD", owner_pw),
    ("gmb_self_exclusion_api_token", "SELF_EXCLUSION_API_TOKEN", lambda r: rnd(r, 40)),
    ("gmb_settlement_hmac_key", "SETTLEMENT_HMAC_KEY", lambda r: hexs(r, 64)),
    ("gmb_live_dealer_stream_key", "LIVE_DEALER_STREAM_KEY", lambda r: "-".join(rnd(r, 4, LOW + DIG) for _ in range(5))),
    ("gmb_crm_oauth_client_secret", "CRM_CLIENT_SECRET", lambda r: rnd(r, 40)),
]


def names(K):
    low = K.lower()
    parts = low.split("_")
    camel = parts[0] + "".join(p.capitalize() for p in parts[1:])
    pascal = "".join(p.capitalize() for p in parts)
    return {"K": K, "k": low, "kc": camel, "kp": pascal, "kk": low.replace("_", "-"), "kd": low.replace("_", ".")}


# 45 container kinds; {K} etc are key names, S is the value slot
CONTAINERS = [
    ("odds_ingest_nomad_job_hcl", 'job "odds-ingest" {\n  group "feed" {\n    task "poller" {\n      driver = "docker"\n      env {\n        {K} = "' + S + '"\n        REGION = "eu-west"\n      }\n    }\n  }\n}'),
    ("sportsbook_consul_kv_put_cmd", "$ consul kv put sportsbook/prod/{kd} " + S + "\nSuccess! Data written to: sportsbook/prod/{kd}"),
    ("casino_docker_secret_create_pipe", "ops@casino-mgr01:~$ printf '%s' '" + S + "' | docker secret create {kk} -\nq3k9v1m2x8d0c7b6n5z4"),
    ("lottery_etcd_put_history", "$ ETCDCTL_API=3 etcdctl --endpoints=https://etcd.draw.example.net:2379 put /lottery/draw/{k} '" + S + "'\nOK"),
    ("trading_pulumi_config_set_plain", "$ pulumi config set {kc} '" + S + "' --stack trading-prod\n# TODO: should have used --secret, fix before merge"),
    ("betslip_justfile_export", "set dotenv-load := false\nexport {K} := \"" + S + "\"\n\ndeploy:\n    ./scripts/deploy-betslip.sh"),
    ("wallet_tcsh_cshrc_setenv", "# ~/.cshrc on the wallet build host\nsetenv WALLET_ENV staging\nsetenv {K} " + S),
    ("rgs_mise_toml_env_table", "[tools]\nnode = \"22\"\n\n[env]\nRGS_BASE_URL = \"https://rgs.example.com\"\n{K} = \"" + S + "\""),
    ("affiliate_fly_secrets_set_history", "$ fly secrets set {K}=" + S + " -a affiliate-tracker\nRelease v42 created"),
    ("kyc_railway_variables_cli", "$ railway variables --service kyc-adapter --set \"{K}=" + S + "\"\nSet variables {K}"),
    ("odds_api_quarkus_application_properties", "quarkus.http.port=8080\n%prod.odds.feed.url=https://feed.example.com/v3\n%prod.odds.feed.{kk}=" + S),
    ("geo_service_micronaut_application_yml", "micronaut:\n  application:\n    name: geo-compliance\ngeo:\n  provider:\n    {kc}: \"" + S + "\""),
    ("payments_dotnet_user_secrets_set", "PS C:\\src\\Payments.Api> dotnet user-secrets set \"Payments:{kp}\" \"" + S + "\"\nSuccessfully saved Payments:{kp} to the secret store."),
    ("cashier_web_config_appsettings_add", "<configuration>\n  <appSettings>\n    <add key=\"CashierEnv\" value=\"prod\" />\n    <add key=\"{kp}\" value=\"" + S + "\" />\n  </appSettings>\n</configuration>"),
    ("settlement_erlang_sys_config", "[\n {settlement, [\n   {feed_url, \"https://feed.example.com\"},\n   {{k}, \"" + S + "\"}\n ]}\n]."),
    ("bonus_engine_elixir_runtime_exs", "import Config\n\nconfig :bonus_engine, BonusEngine.Rewards,\n  {k}: \"" + S + "\",\n  pool_size: 10"),
    ("slot_math_julia_env_assignment", "using HTTP, JSON3\nENV[\"{K}\"] = \"" + S + "\"\nrtp = simulate_reels(10_000_000)"),
    ("draw_audit_sas_autoexec_macro", "/* autoexec.sas on the draw-audit server */\noptions nosource2;\n%let {k} = " + S + ";"),
    ("trader_tools_fish_config", "# ~/.config/fish/config.fish\nset -gx EDITOR nvim\nset -gx {K} " + S),
    ("pit_ops_nushell_env_nu", "# env.nu\n$env.PIT_REGION = \"LV-STRIP\"\n$env.{K} = \"" + S + "\""),
    ("lobby_frontend_next_config_env", "module.exports = {\n  reactStrictMode: true,\n  env: {\n    {K}: '" + S + "',\n  },\n};"),
    ("odds_scraper_scrapy_settings_py", "BOT_NAME = \"oddsscraper\"\nROBOTSTXT_OBEY = True\nCONCURRENT_REQUESTS = 8\n{K} = \"" + S + "\""),
    ("promo_service_laravel_config_php", "<?php\n\nreturn [\n    'endpoint' => env('PROMO_ENDPOINT', 'https://promo.example.com'),\n    '{k}' => env('{K}', '" + S + "'),\n];"),
    ("risk_engine_cargo_config_toml_env", "# .cargo/config.toml\n[env]\nRISK_ENGINE_PROFILE = \"live\"\n{K} = \"" + S + "\""),
    ("jackpot_ansible_group_vars_plain", "---\n# group_vars/jackpot_servers.yml\njackpot_cluster: progressive-eu\n{k}: \"" + S + "\""),
    ("casino_salt_pillar_sls", "casino:\n  floor: main\n  {k}: '" + S + "'"),
    ("lottery_chef_data_bag_json", "{\n  \"id\": \"draw_engine\",\n  \"environment\": \"production\",\n  \"{k}\": \"" + S + "\"\n}"),
    ("betting_puppet_hiera_yaml", "---\nprofile::odds::feed_host: 'feed.example.com'\nprofile::odds::{k}: '" + S + "'"),
    ("sportsbook_k8s_secret_stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: sportsbook-app\ntype: Opaque\nstringData:\n  {K}: \"" + S + "\""),
    ("trading_docker_run_env_flag", "$ docker run -d --name odds-trader -e {K}=" + S + " registry.example.com/odds-trader:4.2.1"),
    ("live_casino_obs_service_json", "{\n  \"settings\": {\n    \"server\": \"rtmp://ingest.example.net/live\",\n    \"key\": \"" + S + "\"\n  },\n  \"type\": \"rtmp_custom\"\n}"),
    ("kyc_postman_environment_json", "{\n  \"name\": \"kyc-prod\",\n  \"values\": [\n    {\"key\": \"{kc}\", \"value\": \"" + S + "\", \"enabled\": true}\n  ]\n}"),
    ("psp_insomnia_export_yaml", "_type: environment\nname: psp-live\ndata:\n  base_url: https://psp.example.com\n  {kc}: " + S),
    ("odds_bruno_environment_bru", "vars {\n  baseUrl: https://odds.example.com\n  {kc}: " + S + "\n}"),
    ("affiliate_http_client_private_env_json", "{\n  \"prod\": {\n    \"host\": \"https://aff.example.com\",\n    \"{kc}\": \"" + S + "\"\n  }\n}"),
    ("trading_vscode_launch_json_env", "{\n  \"type\": \"debugpy\",\n  \"name\": \"trader\",\n  \"env\": {\n    \"{K}\": \"" + S + "\"\n  }\n}"),
    ("wallet_intellij_run_configuration_xml", "<configuration name=\"WalletApp\" type=\"SpringBootApplicationConfigurationType\">\n  <envs>\n    <env name=\"{K}\" value=\"" + S + "\" />\n  </envs>\n</configuration>"),
    ("rg_compliance_github_issue_comment", "Repro steps for the self-exclusion sync bug:\n\n1. `export {K}=" + S + "`\n2. run `make sync-gamstop`\n3. observe the 409 on the second batch"),
    ("odds_desk_google_chat_paste", "Priya Nair, 09:14\nfeed is down again, try with {K}=" + S + " from the old box\nTom Okafor, 09:15\nthanks, retrying"),
    ("lottery_youtrack_issue_comment", "DRAW-1187 comment by m.keller:\nThe nightly export fails because the job still reads {K} = " + S + " from the old vault path; updating the cron now."),
    ("casino_sentry_event_extra_json", "{\n  \"event_id\": \"9c1e...\",\n  \"level\": \"error\",\n  \"extra\": {\n    \"env\": {\"{K}\": \"" + S + "\"}\n  }\n}"),
    ("betting_gunicorn_startup_log", "[2026-03-02 07:00:01 +0000] [41] [INFO] Booting worker with pid: 41\n[2026-03-02 07:00:01 +0000] [41] [DEBUG] loaded settings {K}=" + S),
    ("odds_feed_pm2_ecosystem_config_js", "module.exports = {\n  apps: [{\n    name: 'odds-feed',\n    script: 'dist/index.js',\n    env_production: { {K}: '" + S + "' }\n  }]\n};"),
    ("settlement_airflow_variables_json", "{\n  \"settlement_bucket\": \"s3://settle-archive\",\n  \"{k}\": \"" + S + "\"\n}"),
    ("draw_engine_cloud_init_user_data", "#cloud-config\nwrite_files:\n  - path: /etc/profile.d/draw.sh\n    content: |\n      export {K}=" + S),
    ("jackpot_unity_scriptable_asset", "%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: JackpotConfig\n  {kc}: " + S),
]
CONTAINERS = CONTAINERS[:45]


def fill(tmpl, nm):
    for key in ("K", "k", "kc", "kp", "kk", "kd"):
        tmpl = tmpl.replace("{" + key + "}", nm[key])
    return tmpl


def generate(seed=11401):
    rng = random.Random(seed)
    out = []
    nt = len(TYPES)
    for ki, (kind, tmpl) in enumerate(CONTAINERS):
        for j in range(4):
            typ, K, gen = TYPES[(5 * ki + 3 * j) % nt]
            v = gen(rng)
            text = fill(tmpl, names(K))
            out.append((text, v, typ, kind, "everyday"))
    return out

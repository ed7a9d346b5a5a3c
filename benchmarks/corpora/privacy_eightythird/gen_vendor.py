"""Vendor token types, one record each, 12 styles cycled (seed 8302)."""
import base64, json, random
from common import *

M = MARK


def ops_token(r):
    body = json.dumps({"signInAddress": "my.1password.example", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(r, 22)}, "email": lo(r, 12) + "@1passwordserviceaccounts.example", "srpX": hx(r, 64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(r, 43), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + up(r, 6) + "-" + up(r, 11) + "-" + up(r, 5) + "-" + up(r, 5) + "-" + up(r, 5), "throttleSecret": {"seed": hx(r, 64), "uuid": up(r, 26)}, "deviceUuid": lo(r, 26)}, separators=(",", ":"))
    return "ops_" + base64.b64encode(body.encode()).decode().rstrip("=")


def jw(iss):
    return lambda r: jwt(r, {"iss": iss, "sub": lo(r, 12), "iat": 1700000000 + r.randint(0, 9999999), "jti": uid(r)})


V = [
    # gateways, meshes, edges
    ("kong_konnect_personal_access_token", "KONNECT_TOKEN", lambda r: "kpat_" + an(r, 49)),
    ("kong_konnect_system_account_token", "KONNECT_SYSTEM_ACCOUNT_TOKEN", lambda r: "spat_" + an(r, 49)),
    ("kong_enterprise_rbac_admin_token", "KONG_ADMIN_TOKEN", lambda r: an(r, 32)),
    ("tyk_dashboard_user_api_key", "TYK_DASHBOARD_API_KEY", lambda r: hx(r, 32)),
    ("tyk_gateway_node_secret", "TYK_GW_SECRET", lambda r: lo(r, 32)),
    ("gravitee_personal_token", "GRAVITEE_PERSONAL_TOKEN", uid),
    ("zuplo_consumer_api_key", "ZUPLO_API_KEY", lambda r: "zpka_" + hx(r, 32) + "_" + hx(r, 8)),
    ("solo_gloo_license_jwt", "GLOO_LICENSE_KEY", jw("solo.io")),
    ("traefik_hub_agent_token", "TRAEFIK_HUB_TOKEN", uid),
    ("apisix_admin_api_key", "APISIX_ADMIN_KEY", lambda r: hx(r, 32)),
    ("openshift_oauth_user_token", "OC_TOKEN", lambda r: "sha256~" + b64u(r, 43)),
    ("rancher_api_bearer_token", "RANCHER_TOKEN", lambda r: "token-" + lo(r, 5) + ":" + lo(r, 54)),
    ("k3s_cluster_join_token", "K3S_TOKEN", lambda r: "K10" + hx(r, 64) + "::server:" + hx(r, 32)),
    ("kubeadm_bootstrap_join_token", "KUBEADM_TOKEN", lambda r: s(r, "abcdefghijklmnopqrstuvwxyz0123456789", 6) + "." + lo(r, 16)),
    ("portainer_api_access_token", "PORTAINER_API_KEY", lambda r: "ptr_" + b64(r, 43) + "="),
    ("defined_net_nebula_api_key", "DN_API_KEY", lambda r: "dnkey-" + up(r, 26) + "-" + up(r, 52)),
    ("tailscale_tailnet_auth_key", "TS_AUTHKEY", lambda r: "tskey-auth-k" + an(r, 11) + "CNTRL-" + an(r, 33)),
    ("tailscale_admin_api_key", "TS_API_KEY", lambda r: "tskey-api-k" + an(r, 11) + "CNTRL-" + an(r, 33)),
    ("teleport_node_join_token", "TELEPORT_JOIN_TOKEN", lambda r: hx(r, 32)),
    ("hcp_service_principal_secret", "HCP_CLIENT_SECRET", lambda r: an(r, 64)),
    ("nomad_acl_secret_id", "NOMAD_TOKEN", uid),
    ("vault_batch_auth_token", "VAULT_BATCH_TOKEN", lambda r: "hvb.AAAAAQ" + b64u(r, 140)),
    ("fastly_api_user_token", "FASTLY_API_TOKEN", lambda r: b64u(r, 32)),
    ("akamai_edgegrid_client_secret", "AKAMAI_CLIENT_SECRET", lambda r: b64(r, 43) + "="),
    ("bunny_net_account_api_key", "BUNNYNET_API_KEY", lambda r: uid(r) + "-" + uid(r)[:23]),
    # secret managers
    ("doppler_service_token", "DOPPLER_TOKEN", lambda r: "dp.st.prd." + an(r, 40)),
    ("doppler_personal_token", "DOPPLER_PERSONAL_TOKEN", lambda r: "dp.pt." + an(r, 43)),
    ("infisical_universal_auth_secret", "INFISICAL_CLIENT_SECRET", lambda r: hx(r, 64)),
    ("onepassword_service_account_token", "OP_SERVICE_ACCOUNT_TOKEN", ops_token),
    ("onepassword_connect_server_token", "OP_CONNECT_TOKEN", jw("com.1password.connect")),
    ("akeyless_access_key", "AKEYLESS_ACCESS_KEY", lambda r: b64(r, 43) + "="),
    ("bitwarden_secrets_manager_token", "BWS_ACCESS_TOKEN", lambda r: "0." + uid(r) + "." + an(r, 30) + ":" + b64(r, 22) + "=="),
    ("conjur_host_api_key", "CONJUR_AUTHN_API_KEY", lambda r: lo(r, 55)),
    # brokers and streaming
    ("streamnative_cloud_api_key", "SN_API_KEY", jw("https://auth.streamnative.cloud/")),
    ("cloudamqp_customer_api_key", "CLOUDAMQP_APIKEY", uid),
    ("redpanda_cloud_client_secret", "REDPANDA_CLIENT_SECRET", lambda r: an(r, 64)),
    ("synadia_cloud_api_token", "SYNADIA_API_TOKEN", lambda r: "uat_" + an(r, 64)),
    ("warpstream_agent_key", "WARPSTREAM_AGENT_KEY", lambda r: "aks_" + hx(r, 64)),
    ("pubnub_secret_key", "PUBNUB_SECRET_KEY", lambda r: "sec-c-" + b64(r, 48)),
    ("solace_cloud_api_token", "SOLACE_CLOUD_TOKEN", jw("solace.cloud")),
    ("conduktor_admin_api_key", "CDK_API_KEY", lambda r: "conduktor_" + an(r, 40)),
    ("lenses_service_account_token", "LENSES_SERVICE_TOKEN", uid),
    ("azure_service_bus_sas_key", "SERVICEBUS_SAS_KEY", lambda r: b64(r, 43) + "="),
    ("aiven_kafka_sasl_password_avns", "AIVEN_KAFKA_PASSWORD", lambda r: "AVNS_" + b64u(r, 19)),
    # observability for services
    ("honeycomb_ingest_api_key", "HONEYCOMB_API_KEY", lambda r: "hcaik_01" + lo(r, 56)),
    ("honeycomb_classic_write_key", "HONEYCOMB_WRITEKEY", lambda r: an(r, 22)),
    ("lightstep_project_access_token", "LS_ACCESS_TOKEN", lambda r: b64(r, 84)),
    ("chronosphere_service_account_token", "CHRONOSPHERE_API_TOKEN", lambda r: hx(r, 64)),
    ("axiom_api_token", "AXIOM_TOKEN", lambda r: "xaat-" + uid(r)),
    ("axiom_personal_token", "AXIOM_PERSONAL_TOKEN", lambda r: "xapt-" + uid(r)),
    ("betterstack_logs_source_token", "LOGTAIL_SOURCE_TOKEN", lambda r: an(r, 24)),
    ("dash0_auth_token", "DASH0_AUTH_TOKEN", lambda r: "auth_" + an(r, 32)),
    ("coralogix_send_data_key", "CORALOGIX_PRIVATE_KEY", lambda r: "cxtp_" + an(r, 30)),
    ("logzio_shipping_token", "LOGZIO_TOKEN", lambda r: s(r, "abcdefghijklmnopqrstuvwxyz", 32)),
    ("sumologic_access_key", "SUMO_ACCESS_KEY", lambda r: an(r, 64)),
    ("splunk_hec_token", "SPLUNK_HEC_TOKEN", uid),
    ("splunk_observability_access_token", "SFX_ACCESS_TOKEN", lambda r: b64u(r, 22)),
    ("dynatrace_platform_api_token", "DT_API_TOKEN", lambda r: "dt0c01." + up(r, 24) + "." + up(r, 64)),
    ("instana_agent_key", "INSTANA_AGENT_KEY", lambda r: b64u(r, 22)),
    ("lumigo_tracer_token", "LUMIGO_TRACER_TOKEN", lambda r: "t_" + hx(r, 20)),
    ("rollbar_post_server_item_token", "ROLLBAR_ACCESS_TOKEN", lambda r: hx(r, 32)),
    ("bugsnag_notifier_api_key", "BUGSNAG_API_KEY", lambda r: hx(r, 32)),
    ("honeybadger_personal_auth_token", "HONEYBADGER_API_KEY", lambda r: "hbp_" + an(r, 36)),
    ("checkly_user_api_key", "CHECKLY_API_KEY", lambda r: "cu_" + hx(r, 32)),
    ("uptrace_project_dsn_token", "UPTRACE_DSN_TOKEN", lambda r: lo(r, 22)),
    ("signoz_cloud_ingestion_key", "SIGNOZ_INGESTION_KEY", lambda r: an(r, 36)),
    ("appsignal_push_api_key", "APPSIGNAL_PUSH_API_KEY", uid),
    ("sematext_logs_app_token", "LOGSENE_TOKEN", uid),
    ("mezmo_ingestion_key", "MEZMO_INGESTION_KEY", lambda r: hx(r, 32)),
    # hosting / infra
    ("hetzner_cloud_api_token", "HCLOUD_TOKEN", lambda r: an(r, 64)),
    ("civo_account_api_key", "CIVO_TOKEN", lambda r: an(r, 50)),
    ("equinix_metal_auth_token", "METAL_AUTH_TOKEN", lambda r: an(r, 32)),
    ("koyeb_api_access_token", "KOYEB_TOKEN", lambda r: an(r, 64)),
    ("northflank_api_token", "NF_API_TOKEN", jw("northflank")),
    ("cast_ai_api_token", "CASTAI_API_TOKEN", lambda r: hx(r, 64)),
    ("komodor_api_key", "KOMODOR_API_KEY", uid),
    ("sysdig_secure_api_token", "SECURE_API_TOKEN", uid),
    ("wiz_service_account_secret", "WIZ_CLIENT_SECRET", lambda r: an(r, 64)),
    ("lacework_api_secret", "LW_API_SECRET", lambda r: "_" + hx(r, 32)),
    # registries and build
    ("quay_robot_account_token", "QUAY_ROBOT_TOKEN", lambda r: up(r, 64)),
    ("harbor_robot_account_secret", "HARBOR_ROBOT_SECRET", lambda r: an(r, 32)),
    ("cloudsmith_user_api_key", "CLOUDSMITH_API_KEY", lambda r: hx(r, 40)),
    ("buf_schema_registry_token", "BUF_TOKEN", lambda r: hx(r, 64)),
    ("hex_pm_user_api_key", "HEX_API_KEY", lambda r: hx(r, 32)),
    ("hex_pm_organization_key", "HEX_ORGANIZATION_KEY", lambda r: hx(r, 32)),
    ("gigalixir_api_key", "GIGALIXIR_API_KEY", uid),
    ("nerves_hub_user_token", "NH_TOKEN", lambda r: "nhu_" + an(r, 36)),
    ("oban_pro_license_key", "OBAN_LICENSE_KEY", lambda r: hx(r, 32)),
    ("shuttle_rs_api_key", "SHUTTLE_API_KEY", lambda r: an(r, 16)),
    ("clojars_deploy_token", "CLOJARS_DEPLOY_TOKEN", lambda r: "CLOJARS_" + hx(r, 60)),
    ("develocity_access_key", "DEVELOCITY_ACCESS_KEY", lambda r: lo(r, 52)),
    ("gradle_plugin_portal_publish_secret", "GRADLE_PUBLISH_SECRET", lambda r: an(r, 32)),
    ("jenkins_user_api_token", "JENKINS_API_TOKEN", lambda r: "11" + hx(r, 32)),
    ("teamcity_access_token", "TEAMCITY_TOKEN", lambda r: "eyJ0eXAiOiAiVENWMiJ9." + b64u(r, 36) + "." + b64u(r, 48)),
    ("octopus_deploy_api_key", "OCTOPUS_API_KEY", lambda r: "API-" + up(r, 26)),
    ("harness_platform_pat", "HARNESS_API_KEY", lambda r: "pat." + b64u(r, 22) + "." + an(r, 24) + "." + an(r, 20)),
    ("argocd_project_role_jwt", "ARGOCD_AUTH_TOKEN", jw("argocd")),
    ("codefresh_api_key", "CF_API_KEY", lambda r: hx(r, 24) + "." + hx(r, 32)),
    ("drone_ci_user_token", "DRONE_TOKEN", lambda r: an(r, 32)),
    ("depot_project_token", "DEPOT_TOKEN", lambda r: "depot_project_" + hx(r, 64)),
    ("spacelift_api_key_secret", "SPACELIFT_API_KEY_SECRET", lambda r: hx(r, 64)),
    ("prefect_cloud_api_key", "PREFECT_API_KEY", lambda r: "pnu_" + an(r, 36)),
    ("scalingo_api_token", "SCALINGO_API_TOKEN", lambda r: "tk-us-" + b64u(r, 48)),
    # identity and authorisation
    ("auth0_m2m_client_secret", "AUTH0_CLIENT_SECRET", lambda r: b64u(r, 64)),
    ("okta_ssws_api_token", "OKTA_API_TOKEN", lambda r: "00" + b64u(r, 40)),
    ("keycloak_confidential_client_secret", "KEYCLOAK_CLIENT_SECRET", lambda r: an(r, 32)),
    ("clerk_backend_secret_key", "CLERK_SECRET_KEY", lambda r: "sk_live_" + an(r, 40)),
    ("stytch_project_secret", "STYTCH_SECRET", lambda r: "secret-live-" + b64u(r, 36) + "="),
    ("ory_network_project_api_key", "ORY_API_KEY", lambda r: "ory_pat_" + an(r, 32)),
    ("permit_io_environment_key", "PERMIT_API_KEY", lambda r: "permit_key_" + an(r, 64)),
    ("fusionauth_api_key", "FUSIONAUTH_API_KEY", lambda r: b64u(r, 43)),
    ("authzed_spicedb_preshared_key", "SPICEDB_GRPC_PRESHARED_KEY", lambda r: an(r, 32)),
    # workflow and flags
    ("temporal_cloud_api_key", "TEMPORAL_API_KEY", jw("temporal.io")),
    ("inngest_signing_key", "INNGEST_SIGNING_KEY", lambda r: "signkey-prod-" + hx(r, 64)),
    ("trigger_dev_secret_key", "TRIGGER_SECRET_KEY", lambda r: "tr_prod_" + an(r, 24)),
    ("unleash_backend_api_token", "UNLEASH_API_TOKEN", lambda r: "default:production." + hx(r, 64)),
    ("flagsmith_server_side_key", "FLAGSMITH_SERVER_KEY", lambda r: "ser." + an(r, 22)),
    ("configcat_sdk_key", "CONFIGCAT_SDK_KEY", lambda r: "configcat-sdk-1/" + b64u(r, 22) + "/" + b64u(r, 22)),
    ("statsig_server_secret_key", "STATSIG_SERVER_SECRET", lambda r: "secret-" + an(r, 43)),
    ("growthbook_api_secret_key", "GROWTHBOOK_SECRET_KEY", lambda r: "secret_admin_" + an(r, 40)),
    # messaging, email, payments and others beyond the focus world
    ("postmark_server_api_token", "POSTMARK_SERVER_TOKEN", uid),
    ("mailgun_private_api_key", "MAILGUN_API_KEY", lambda r: "key-" + hx(r, 32)),
    ("brevo_v3_api_key", "BREVO_API_KEY", lambda r: "xkeysib-" + hx(r, 64) + "-" + an(r, 16)),
    ("resend_api_key", "RESEND_API_KEY", lambda r: "re_" + an(r, 8) + "_" + an(r, 24)),
    ("mailjet_private_api_key", "MJ_APIKEY_PRIVATE", lambda r: hx(r, 32)),
    ("vonage_api_secret", "VONAGE_API_SECRET", lambda r: an(r, 16)),
    ("plivo_auth_token", "PLIVO_AUTH_TOKEN", lambda r: an(r, 40)),
    ("telnyx_v2_api_key", "TELNYX_API_KEY", lambda r: "KEY" + hx(r, 32).upper() + "_" + an(r, 22)),
    ("novu_api_key", "NOVU_API_KEY", lambda r: hx(r, 32)),
    ("braintree_private_key", "BT_PRIVATE_KEY", lambda r: hx(r, 32)),
    ("mollie_live_api_key", "MOLLIE_API_KEY", lambda r: "live_" + an(r, 30)),
    ("gocardless_live_access_token", "GOCARDLESS_ACCESS_TOKEN", lambda r: "live_" + b64u(r, 40)),
    ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", lambda r: an(r, 24)),
    ("maxmind_geoip_license_key", "MAXMIND_LICENSE_KEY", lambda r: an(r, 6) + "_" + an(r, 29) + "_mmk"),
]

STYLES = [
    ("helm_values_secret_env_entry", "env:\n  - name: {K}\n    value: \"" + M + "\"\n  - name: GRPC_PORT\n    value: \"9090\"\n"),
    ("go_test_fixture_const_block", "const (\n\ttestEndpoint = \"https://{H}\"\n\ttest{KC} = \"" + M + "\"\n)\n"),
    ("rust_std_env_set_var_call", "// examples/smoke.rs\nstd::env::set_var(\"{K}\", \"" + M + "\");\nlet client = Client::from_env()?;\n"),
    ("elixir_system_get_env_fallback", "config :{S}, :{Ks},\n  System.get_env(\"{K}\", \"" + M + "\")\n"),
    ("jvm_opts_system_property_flag", "JAVA_OPTS=\"-Xmx512m -D{Kd}=" + M + " -Dspring.profiles.active=prod\"\n"),
    ("nomad_task_env_block", "env {{\n  {K} = \"" + M + "\"\n  SERVICE_NAME = \"{S}\"\n}}\n"),
    ("consul_kv_put_cli_line", "$ consul kv put config/{S}/{Ks} " + M + "\nSuccess! Data written to: config/{S}/{Ks}\n"),
    ("kafka_connect_rest_config_json", "{{\n  \"name\": \"{S}-sink\",\n  \"config\": {{\n    \"connector.class\": \"io.example.HttpSinkConnector\",\n    \"{Kd}\": \"" + M + "\"\n  }}\n}}\n"),
    ("envoy_access_log_header_leak", "[2025-03-0{D1}T11:0{D1}:31.004Z] \"POST /v1/{S} HTTP/2\" 200 - x-{Kh}=\"" + M + "\" upstream={H}:443\n"),
    ("incident_chatops_paste", "!deploy {S} --env prod\nbot: missing {K}. set it with `kubectl set env deploy/{S} {K}=" + M + "` and retry\n"),
    ("makefile_conditional_export", "export {K} ?= " + M + "\n\ndeploy:\n\tkubectl apply -k overlays/prod\n"),
    ("systemd_service_environment_line", "[Service]\nExecStart=/usr/local/bin/{S}\nEnvironment=\"{K}=" + M + "\"\n"),
]


def camel(k):
    return "".join(p.capitalize() for p in k.lower().split("_"))


def generate(used):
    r = random.Random(8302)
    recs = []
    for i, (t, key, gen) in enumerate(V):
        style, tmpl = STYLES[i % len(STYLES)]
        v = used.take(lambda: gen(r))
        f = dict(K=key, KC=camel(key), Ks=key.lower(), Kd=key.lower().replace("_", "."), Kh=key.lower().replace("_", "-"),
                 H=host(r), S=r.choice(HOSTS), D1=r.randint(1, 9))
        recs.append(("vendor", t, t + "__" + style, tmpl.format(**f), v))
    return recs

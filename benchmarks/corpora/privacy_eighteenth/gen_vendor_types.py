"""Vendor / service credential types new in p18: (type, label, host, env, header, scheme, gen).
Shapes follow public rule sets (trufflehog detectors) where marked in README; others are guessed."""
import base64
import json
from common import (rs, rhex, rb64, ruuid, rbytes, jwt_like, b64u, ALNUM, LOWER_ALNUM, UPPER_ALNUM,
                    B64URL, HEX)

B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _alnum_b64(rng, n):
    while True:
        s = base64.b64encode(rbytes(rng, n)).decode()
        if "+" not in s and "/" not in s:
            return s


def artifactory_ref(rng):
    while True:
        raw = b"reftkn:01:" + str(rng.randrange(10 ** 9, 10 ** 10)).encode() + b":" + rs(rng, ALNUM, 27).encode()
        s = base64.b64encode(raw).decode()
        if s.isalnum() and len(s) == 64:
            return s


def aws_session(rng):
    raw = b"\x21\x0a\x09origin_ec\x10" + rbytes(rng, 330)
    return base64.b64encode(raw).decode().rstrip("=")


def bedrock_key(rng):
    raw = ("BedrockAPIKey-%s-at-%d:%s" % (rs(rng, LOWER_ALNUM, 4), rng.randrange(10 ** 11, 10 ** 12),
                                          rb64(rng, 42))).encode()
    return "ABSK" + base64.b64encode(raw).decode()


def cloudflared_token(rng):
    d = {"a": rhex(rng, 32), "t": ruuid(rng), "s": rb64(rng, 32)}
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def ops_token(rng):
    d = {"signInAddress": "my.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
         "iterations": 650000, "salt": b64u(rbytes(rng, 16))}, "email": rs(rng, "abcdefghijklmnopqrstuvwxyz234567", 26) + "@1passwordserviceaccounts.com",
         "srpX": rhex(rng, 64), "muk": {"alg": "A256GCM", "ext": False, "k": b64u(rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-" + rs(rng, UPPER_ALNUM, 6) + "-" + rs(rng, UPPER_ALNUM, 6) + "-" + rs(rng, UPPER_ALNUM, 5) + "-" + rs(rng, UPPER_ALNUM, 5) + "-" + rs(rng, UPPER_ALNUM, 5) + "-" + rs(rng, UPPER_ALNUM, 5),
         "throttleSecret": {"seed": rhex(rng, 64), "uuid": rs(rng, UPPER_ALNUM, 26)}, "deviceUuid": rs(rng, LOWER_ALNUM, 26)}
    return "ops_" + b64u(json.dumps(d, separators=(",", ":")).encode())


def bws_token(rng):
    return "0." + ruuid(rng) + "." + rs(rng, ALNUM, 30) + ":" + rb64(rng, 16)


def roblox_cookie(rng):
    return ("_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-ROBUX-and-items.|_"
            + rs(rng, "0123456789ABCDEF", 744))


def teamcity_token(rng):
    return "eyJ0eXAiOiAiVENWMiJ9." + rs(rng, B64URL, 43) + "." + b64u(rbytes(rng, 36))


def ttn_key(rng):
    return "NNSXS." + rs(rng, B32U, 39) + "." + rs(rng, B32U, 52)


def convex_key(rng):
    return "prod:" + rng.choice(["happy", "brave", "quiet", "tidy"]) + "-" + rng.choice(["otter", "heron", "lynx", "finch"]) + "-" + str(rng.randrange(100, 999)) + "|" + b64u(rbytes(rng, 60))


def ms_teams_webhook(rng):
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s/V2%s"
            % (rs(rng, "abcdefghijklmnopqrstuvwxyz", 8), ruuid(rng), ruuid(rng), rhex(rng, 32), ruuid(rng), rs(rng, B64URL, 43)))


def fcm_server_key(rng):
    return "AAAA" + rs(rng, B64URL, 7) + ":APA91b" + rs(rng, B64URL, 134)


def wp_app_password(rng):
    return " ".join(rs(rng, ALNUM, 4) for _ in range(6))


def azure_conn(rng, kind):
    pass


def mk(t, label, host, env, hdr, scheme, gen):
    return {"type": t, "label": label, "host": host, "env": env, "hdr": hdr, "scheme": scheme, "gen": gen}


BEARER = ("Authorization", "Bearer ")


def _V():
    v = []
    a = v.append
    # --- cloud / platform ---
    a(mk("aws_session_token", "AWS STS", "sts.amazonaws.com", "AWS_SESSION_TOKEN", "X-Amz-Security-Token", "", aws_session))
    a(mk("aws_bedrock_api_key", "Amazon Bedrock", "bedrock-runtime.us-east-1.amazonaws.com", "AWS_BEARER_TOKEN_BEDROCK", *BEARER, bedrock_key))
    a(mk("aws_appsync_api_key", "AWS AppSync", "xyz.appsync-api.eu-west-1.amazonaws.com", "APPSYNC_API_KEY", "x-api-key", "", lambda r: "da2-" + rs(r, LOWER_ALNUM, 26)))
    a(mk("amazon_sp_api_lwa_client_secret", "Amazon SP-API", "api.amazon.com", "LWA_CLIENT_SECRET", None, None, lambda r: "amzn1.oa2-cs.v1." + rhex(r, 64)))
    a(mk("amazon_mws_auth_token", "Amazon MWS", "mws.amazonservices.com", "MWS_AUTH_TOKEN", None, None, lambda r: "amzn.mws." + ruuid(r)))
    a(mk("gcs_hmac_secret", "Google Cloud Storage HMAC", "storage.googleapis.com", "GCS_HMAC_SECRET", None, None, lambda r: rb64(r, 30)))
    a(mk("google_oauth_client_secret", "Google OAuth", "oauth2.googleapis.com", "GOOGLE_CLIENT_SECRET", None, None, lambda r: "GOCSPX-" + rs(r, B64URL, 28)))
    a(mk("google_oauth_refresh_token", "Google OAuth", "oauth2.googleapis.com", "GOOGLE_REFRESH_TOKEN", None, None, lambda r: "1//0" + rs(r, "cdefg", 1) + rs(r, B64URL, 99)))
    a(mk("google_oauth_access_token", "Google APIs", "www.googleapis.com", "GOOGLE_ACCESS_TOKEN", *BEARER, lambda r: "ya29.a0" + rs(r, B64URL, 160)))
    a(mk("firebase_fcm_legacy_server_key", "Firebase Cloud Messaging", "fcm.googleapis.com", "FCM_SERVER_KEY", "Authorization", "key=", fcm_server_key))
    a(mk("azure_cosmosdb_account_key", "Azure Cosmos DB", "contoso-docs.documents.azure.com", "COSMOS_KEY", None, None, lambda r: _alnum_b64(r, 64)))
    a(mk("azure_container_registry_password", "Azure Container Registry", "contosoreg.azurecr.io", "ACR_PASSWORD", None, None, lambda r: rs(r, ALNUM + "+/", 42) + "+ACR" + rs(r, ALNUM, 6)))
    a(mk("azure_function_host_key", "Azure Functions", "contoso-fn.azurewebsites.net", "AZURE_FUNCTION_KEY", "x-functions-key", "", lambda r: rs(r, B64URL, 54) + "=="))
    a(mk("azure_ai_search_admin_key", "Azure AI Search", "contoso-search.search.windows.net", "AZURE_SEARCH_ADMIN_KEY", "api-key", "", lambda r: rs(r, ALNUM, 52)))
    a(mk("azure_cognitive_services_key", "Azure AI services", "westeurope.api.cognitive.microsoft.com", "AZURE_SPEECH_KEY", "Ocp-Apim-Subscription-Key", "", lambda r: rhex(r, 32)))
    a(mk("azure_apim_subscription_key", "Azure API Management", "contoso-apim.azure-api.net", "APIM_SUBSCRIPTION_KEY", "Ocp-Apim-Subscription-Key", "", lambda r: rhex(r, 32)))
    a(mk("azure_batch_account_key", "Azure Batch", "contosobatch.westeurope.batch.azure.com", "AZURE_BATCH_ACCOUNT_KEY", None, None, lambda r: rb64(r, 64)))
    a(mk("azure_app_config_secret", "Azure App Configuration", "contoso-cfg.azconfig.io", "APPCONFIG_SECRET", None, None, lambda r: rb64(r, 33)))
    a(mk("azure_iot_hub_shared_access_key", "Azure IoT Hub", "contoso-hub.azure-devices.net", "IOTHUB_SHARED_ACCESS_KEY", None, None, lambda r: rb64(r, 32)))
    a(mk("azure_service_bus_shared_access_key", "Azure Service Bus", "contoso-bus.servicebus.windows.net", "SERVICEBUS_SAS_KEY", None, None, lambda r: rb64(r, 32)))
    a(mk("azure_signalr_access_key", "Azure SignalR", "contoso-sr.service.signalr.net", "SIGNALR_ACCESS_KEY", None, None, lambda r: rb64(r, 32)))
    a(mk("azure_communication_services_access_key", "Azure Communication Services", "contoso-acs.communication.azure.com", "ACS_ACCESS_KEY", None, None, lambda r: rb64(r, 64)))
    a(mk("digitalocean_spaces_secret_key", "DigitalOcean Spaces", "fra1.digitaloceanspaces.com", "SPACES_SECRET_KEY", None, None, lambda r: rb64(r, 32).rstrip("=")))
    a(mk("scaleway_secret_key", "Scaleway", "api.scaleway.com", "SCW_SECRET_KEY", "X-Auth-Token", "", ruuid))
    a(mk("yandex_cloud_api_key", "Yandex Cloud", "llm.api.cloud.yandex.net", "YC_API_KEY", "Authorization", "Api-Key ", lambda r: "AQVN" + rs(r, B64URL, 36)))
    a(mk("yandex_oauth_token", "Yandex ID", "cloud-api.yandex.net", "YANDEX_OAUTH_TOKEN", "Authorization", "OAuth ", lambda r: "y0_" + rs(r, B64URL, 55)))
    a(mk("cloudflare_global_api_key", "Cloudflare", "api.cloudflare.com", "CF_API_KEY", "X-Auth-Key", "", lambda r: rhex(r, 37)))
    a(mk("cloudflared_tunnel_token", "Cloudflare Tunnel", "region1.v2.argotunnel.com", "TUNNEL_TOKEN", None, None, cloudflared_token))
    a(mk("deno_deploy_access_token", "Deno Deploy", "api.deno.com", "DENO_DEPLOY_TOKEN", *BEARER, lambda r: "ddp_" + rs(r, ALNUM, 36)))
    a(mk("render_api_key", "Render", "api.render.com", "RENDER_API_KEY", *BEARER, lambda r: "rnd_" + rs(r, ALNUM, 28)))
    a(mk("coolify_api_token", "Coolify", "coolify.internal.example", "COOLIFY_TOKEN", *BEARER, lambda r: str(r.randrange(2, 60)) + "|" + rs(r, ALNUM, 48)))
    a(mk("codesandbox_api_token", "CodeSandbox", "api.codesandbox.io", "CSB_API_KEY", *BEARER, lambda r: "csb_v1_" + rs(r, B64URL, 43)))
    a(mk("expo_access_token", "Expo", "api.expo.dev", "EXPO_TOKEN", *BEARER, lambda r: rs(r, B64URL, 40)))
    a(mk("convex_deploy_key", "Convex", "api.convex.dev", "CONVEX_DEPLOY_KEY", None, None, convex_key))
    a(mk("teamcity_access_token", "TeamCity", "teamcity.internal.example", "TEAMCITY_TOKEN", *BEARER, teamcity_token))
    a(mk("harness_personal_access_token", "Harness", "app.harness.io", "HARNESS_API_KEY", "x-api-key", "", lambda r: "pat." + rs(r, ALNUM + "_", 22) + "." + rhex(r, 24) + "." + rs(r, ALNUM, 20)))
    a(mk("octopus_deploy_api_key", "Octopus Deploy", "contoso.octopus.app", "OCTOPUS_API_KEY", "X-Octopus-ApiKey", "", lambda r: "API-" + rs(r, UPPER_ALNUM, 32)))
    a(mk("sonarqube_user_token", "SonarQube", "sonar.internal.example", "SONAR_TOKEN", *BEARER, lambda r: "squ_" + rhex(r, 40)))
    a(mk("sonarqube_project_analysis_token", "SonarQube", "sonar.internal.example", "SONAR_PROJECT_TOKEN", None, None, lambda r: "sqp_" + rhex(r, 40)))
    a(mk("sonarcloud_scoped_token", "SonarQube Cloud", "sonarcloud.io", "SONARCLOUD_TOKEN", *BEARER, lambda r: "sqco_" + rs(r, ALNUM, 59)))
    a(mk("jfrog_reference_token", "JFrog Artifactory", "contoso.jfrog.io", "JFROG_ACCESS_TOKEN", *BEARER, artifactory_ref))
    a(mk("bitbucket_app_password", "Bitbucket Cloud", "api.bitbucket.org", "BITBUCKET_APP_PASSWORD", None, None, lambda r: "ATBB" + rs(r, ALNUM, 28) + rs(r, "0123456789ABCDEF", 8)))
    a(mk("chromatic_project_token", "Chromatic", "www.chromatic.com", "CHROMATIC_PROJECT_TOKEN", None, None, lambda r: "chpt_" + rhex(r, 14)))
    a(mk("socket_dev_api_key", "Socket", "api.socket.dev", "SOCKET_SECURITY_API_KEY", *BEARER, lambda r: "sktsec_" + rs(r, ALNUM, 40) + "_api"))
    a(mk("crates_io_api_token", "crates.io", "crates.io", "CARGO_REGISTRY_TOKEN", "Authorization", "", lambda r: "cio" + rs(r, ALNUM, 32)))
    a(mk("hex_pm_api_key", "Hex", "hex.pm", "HEX_API_KEY", "Authorization", "", lambda r: rhex(r, 32)))
    a(mk("cocoapods_trunk_token", "CocoaPods Trunk", "trunk.cocoapods.org", "COCOAPODS_TRUNK_TOKEN", *BEARER, lambda r: rhex(r, 32)))
    a(mk("gradle_plugin_portal_secret", "Gradle Plugin Portal", "plugins.gradle.org", "GRADLE_PUBLISH_SECRET", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("quay_robot_token", "Quay", "quay.io", "QUAY_ROBOT_TOKEN", None, None, lambda r: rs(r, UPPER_ALNUM, 64)))
    a(mk("harbor_robot_account_secret", "Harbor", "harbor.internal.example", "HARBOR_ROBOT_SECRET", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("sonatype_central_portal_token_password", "Maven Central Portal", "central.sonatype.com", "CENTRAL_TOKEN_PASSWORD", None, None, lambda r: rs(r, ALNUM, 44)))
    a(mk("chocolatey_push_api_key", "Chocolatey Community", "push.chocolatey.org", "CHOCO_API_KEY", "X-NuGet-ApiKey", "", ruuid))
    a(mk("open_vsx_access_token", "Open VSX", "open-vsx.org", "OVSX_PAT", None, None, ruuid))
    a(mk("teleport_join_token", "Teleport", "teleport.internal.example", "TELEPORT_JOIN_TOKEN", None, None, lambda r: rhex(r, 32)))
    a(mk("headscale_preauth_key", "Headscale", "headscale.internal.example", "HEADSCALE_AUTHKEY", None, None, lambda r: rhex(r, 48)))
    a(mk("drone_ci_personal_token", "Drone", "drone.internal.example", "DRONE_TOKEN", *BEARER, lambda r: rs(r, ALNUM, 32)))
    a(mk("semaphore_ci_api_token", "Semaphore", "contoso.semaphoreci.com", "SEMAPHORE_API_TOKEN", "Authorization", "Token ", lambda r: rs(r, ALNUM, 20)))
    a(mk("gogs_access_token", "Gogs", "git.internal.example", "GOGS_TOKEN", "Authorization", "token ", lambda r: rhex(r, 40)))
    a(mk("wireguard_interface_private_key", "WireGuard", "vpn.internal.example", "WG_PRIVATE_KEY", None, None, lambda r: rb64(r, 32)))
    a(mk("zerotier_central_api_token", "ZeroTier Central", "api.zerotier.com", "ZEROTIER_CENTRAL_TOKEN", *BEARER, lambda r: rs(r, ALNUM, 32)))
    a(mk("balena_cloud_api_key", "balenaCloud", "api.balena-cloud.com", "BALENA_API_KEY", *BEARER, lambda r: rs(r, ALNUM, 32)))
    a(mk("the_things_network_api_key", "The Things Stack", "eu1.cloud.thethings.network", "TTN_API_KEY", *BEARER, ttn_key))
    a(mk("endor_labs_api_secret", "Endor Labs", "api.endorlabs.com", "ENDOR_API_CREDENTIALS_SECRET", None, None, lambda r: "endr+" + rs(r, ALNUM + "-", 16)))
    a(mk("nightfall_api_key", "Nightfall", "api.nightfall.ai", "NIGHTFALL_API_KEY", *BEARER, lambda r: "NF-" + rs(r, ALNUM, 32)))
    a(mk("rootly_api_key", "Rootly", "api.rootly.com", "ROOTLY_API_TOKEN", *BEARER, lambda r: "rootly_" + rhex(r, 64)))
    a(mk("salad_cloud_api_key", "SaladCloud", "api.salad.com", "SALAD_API_KEY", "Salad-Api-Key", "", lambda r: "salad_cloud_user_" + rs(r, ALNUM, 48)))
    a(mk("nvidia_nim_api_key", "NVIDIA API Catalog", "integrate.api.nvidia.com", "NVIDIA_API_KEY", *BEARER, lambda r: "nvapi-" + rs(r, B64URL, 64)))
    a(mk("nvidia_ngc_api_key", "NVIDIA NGC", "api.ngc.nvidia.com", "NGC_API_KEY", None, None, lambda r: rs(r, ALNUM, 84)))
    a(mk("maxmind_license_key", "MaxMind", "download.maxmind.com", "MAXMIND_LICENSE_KEY", None, None, lambda r: rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 29) + "_mmk"))
    a(mk("jumpcloud_api_key", "JumpCloud", "console.jumpcloud.com", "JC_API_KEY", "x-api-key", "", lambda r: rhex(r, 40)))
    a(mk("duo_admin_api_secret_key", "Duo Security", "api-3f9c2a1b.duosecurity.com", "DUO_SKEY", None, None, lambda r: rs(r, ALNUM, 40)))
    a(mk("onelogin_api_client_secret", "OneLogin", "contoso.onelogin.com", "ONELOGIN_CLIENT_SECRET", None, None, lambda r: rhex(r, 64)))
    a(mk("ory_network_api_key", "Ory Network", "contoso.projects.oryapis.com", "ORY_API_KEY", *BEARER, lambda r: "ory_pat_" + rs(r, ALNUM, 32)))
    a(mk("permit_io_api_key", "Permit.io", "api.permit.io", "PERMIT_API_KEY", *BEARER, lambda r: "permit_key_" + rs(r, ALNUM, 72)))
    a(mk("stytch_project_secret", "Stytch", "api.stytch.com", "STYTCH_SECRET", None, None, lambda r: "secret-live-" + rs(r, B64URL, 35) + "="))
    a(mk("zitadel_personal_access_token", "ZITADEL", "contoso.zitadel.cloud", "ZITADEL_PAT", *BEARER, lambda r: rs(r, B64URL, 70)))
    a(mk("onepassword_service_account_token", "1Password", "my.1password.com", "OP_SERVICE_ACCOUNT_TOKEN", None, None, ops_token))
    a(mk("bitwarden_secrets_manager_access_token", "Bitwarden Secrets Manager", "vault.bitwarden.com", "BWS_ACCESS_TOKEN", None, None, bws_token))
    a(mk("infisical_universal_auth_client_secret", "Infisical", "app.infisical.com", "INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET", None, None, lambda r: rhex(r, 64)))
    a(mk("hcp_service_principal_client_secret", "HashiCorp Cloud Platform", "api.cloud.hashicorp.com", "HCP_CLIENT_SECRET", None, None, lambda r: rs(r, ALNUM + "-_", 64)))
    a(mk("vault_approle_secret_id", "Vault AppRole", "vault.internal.example", "VAULT_SECRET_ID", None, None, ruuid))
    a(mk("conjur_host_api_key", "CyberArk Conjur", "conjur.internal.example", "CONJUR_AUTHN_API_KEY", None, None, lambda r: rs(r, LOWER_ALNUM, 55)))
    # --- AI ---
    a(mk("llamacloud_api_key", "LlamaCloud", "api.cloud.llamaindex.ai", "LLAMA_CLOUD_API_KEY", *BEARER, lambda r: "llx-" + rs(r, ALNUM, 48)))
    a(mk("voyage_ai_api_key", "Voyage AI", "api.voyageai.com", "VOYAGE_API_KEY", *BEARER, lambda r: "pa-" + rs(r, B64URL, 43)))
    a(mk("nomic_atlas_api_key", "Nomic Atlas", "api-atlas.nomic.ai", "NOMIC_API_KEY", *BEARER, lambda r: "nk-" + rs(r, B64URL, 43)))
    a(mk("anyscale_endpoints_secret", "Anyscale", "api.endpoints.anyscale.com", "ANYSCALE_API_KEY", *BEARER, lambda r: "esecret_" + rs(r, LOWER_ALNUM, 32)))
    a(mk("together_ai_api_key", "Together AI", "api.together.xyz", "TOGETHER_API_KEY", *BEARER, lambda r: "tgp_v1_" + rs(r, B64URL, 43)))
    a(mk("cartesia_api_key", "Cartesia", "api.cartesia.ai", "CARTESIA_API_KEY", "X-API-Key", "", lambda r: "sk_car_" + rs(r, ALNUM, 22)))
    a(mk("promptlayer_api_key", "PromptLayer", "api.promptlayer.com", "PROMPTLAYER_API_KEY", "X-API-KEY", "", lambda r: "pl_" + rhex(r, 32)))
    a(mk("turbopuffer_api_key", "turbopuffer", "api.turbopuffer.com", "TURBOPUFFER_API_KEY", *BEARER, lambda r: "tpuf_" + rs(r, ALNUM, 32)))
    a(mk("zhipu_bigmodel_api_key", "Zhipu BigModel", "open.bigmodel.cn", "ZHIPUAI_API_KEY", *BEARER, lambda r: rhex(r, 32) + "." + rs(r, ALNUM, 16)))
    a(mk("dashscope_api_key", "Alibaba Model Studio", "dashscope.aliyuncs.com", "DASHSCOPE_API_KEY", *BEARER, lambda r: "sk-" + rhex(r, 32)))
    a(mk("siliconflow_api_key", "SiliconFlow", "api.siliconflow.cn", "SILICONFLOW_API_KEY", *BEARER, lambda r: "sk-" + rs(r, "abcdefghijklmnopqrstuvwxyz", 48)))
    a(mk("helicone_api_key", "Helicone", "oai.helicone.ai", "HELICONE_API_KEY", "Helicone-Auth", "Bearer ", lambda r: "sk-helicone-" + "-".join(rs(r, LOWER_ALNUM, 7) for _ in range(4))))
    a(mk("braintrust_api_key", "Braintrust", "api.braintrust.dev", "BRAINTRUST_API_KEY", *BEARER, lambda r: "sk-" + rs(r, ALNUM, 48)))
    a(mk("humanloop_api_key", "Humanloop", "api.humanloop.com", "HUMANLOOP_API_KEY", "X-API-KEY", "", lambda r: "hl_sk_" + rhex(r, 48)))
    a(mk("lambda_cloud_api_key", "Lambda Cloud", "cloud.lambdalabs.com", "LAMBDA_API_KEY", *BEARER, lambda r: "secret_" + rs(r, "abcdefghijklmnopqrstuvwxyz", 6) + "-" + rs(r, "abcdefghijklmnopqrstuvwxyz", 5) + "_" + rhex(r, 32) + "." + rs(r, ALNUM, 32)))
    a(mk("deepinfra_api_token", "DeepInfra", "api.deepinfra.com", "DEEPINFRA_TOKEN", *BEARER, lambda r: rs(r, ALNUM, 32)))
    a(mk("luma_ai_api_key", "Luma AI", "api.lumalabs.ai", "LUMAAI_API_KEY", *BEARER, lambda r: "luma-" + ruuid(r) + "-" + ruuid(r)))
    a(mk("stability_ai_api_key", "Stability AI", "api.stability.ai", "STABILITY_API_KEY", *BEARER, lambda r: "sk-" + rs(r, ALNUM, 48)))
    a(mk("runway_api_secret", "Runway", "api.dev.runwayml.com", "RUNWAYML_API_SECRET", *BEARER, lambda r: "key_" + rhex(r, 128)))
    a(mk("hume_ai_api_key", "Hume AI", "api.hume.ai", "HUME_API_KEY", "X-Hume-Api-Key", "", lambda r: rs(r, ALNUM, 48)))
    a(mk("vapi_private_api_key", "Vapi", "api.vapi.ai", "VAPI_PRIVATE_KEY", *BEARER, ruuid))
    a(mk("retell_ai_api_key", "Retell AI", "api.retellai.com", "RETELL_API_KEY", *BEARER, lambda r: "key_" + rhex(r, 28)))
    a(mk("openpipe_api_key", "OpenPipe", "api.openpipe.ai", "OPENPIPE_API_KEY", *BEARER, lambda r: "opk_" + rhex(r, 40)))
    a(mk("agentops_api_key", "AgentOps", "api.agentops.ai", "AGENTOPS_API_KEY", None, None, ruuid))
    a(mk("serper_dev_api_key", "Serper", "google.serper.dev", "SERPER_API_KEY", "X-API-KEY", "", lambda r: rhex(r, 40)))
    # --- data / db ---
    a(mk("cockroach_cloud_api_key", "CockroachDB Cloud", "cockroachlabs.cloud", "COCKROACH_API_KEY", *BEARER, lambda r: "CCDB1_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 40)))
    a(mk("crunchy_bridge_api_key", "Crunchy Bridge", "api.crunchybridge.com", "CB_API_KEY", *BEARER, lambda r: "cbkey_" + rs(r, ALNUM, 60)))
    a(mk("turso_database_auth_token", "Turso", "contoso-db.turso.io", "TURSO_AUTH_TOKEN", *BEARER, lambda r: jwt_like(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": 1761200000 + r.randrange(9 ** 6), "id": ruuid(r)}, 64)))
    a(mk("meilisearch_master_key", "Meilisearch", "search.internal.example", "MEILI_MASTER_KEY", *BEARER, lambda r: rs(r, B64URL, 43)))
    a(mk("redis_cloud_api_secret_key", "Redis Cloud", "api.redislabs.com", "REDIS_CLOUD_SECRET_KEY", "x-api-secret-key", "", lambda r: rs(r, ALNUM, 48)))
    a(mk("upstash_redis_rest_token", "Upstash Redis", "eu1-contoso.upstash.io", "UPSTASH_REDIS_REST_TOKEN", *BEARER, lambda r: "A" + rs(r, ALNUM, 3) + "AAIncDE" + rs(r, ALNUM, 50) + "cDE" + rs(r, ALNUM, 10)))
    a(mk("neo4j_aura_instance_password", "Neo4j Aura", "3f9c2a1b.databases.neo4j.io", "NEO4J_PASSWORD", None, None, lambda r: rs(r, B64URL, 43)))
    a(mk("clickhouse_cloud_api_key_secret", "ClickHouse Cloud", "api.clickhouse.cloud", "CLICKHOUSE_KEY_SECRET", None, None, lambda r: "4b1d" + rs(r, ALNUM, 38)))
    a(mk("tidb_cloud_api_private_key", "TiDB Cloud", "api.tidbcloud.com", "TIDB_PRIVATE_KEY", None, None, ruuid))
    # --- comms / marketing ---
    a(mk("ms_teams_incoming_webhook_url", "Microsoft Teams", "webhook.office.com", "TEAMS_WEBHOOK_URL", None, None, ms_teams_webhook))
    a(mk("zapier_catch_hook_url", "Zapier", "hooks.zapier.com", "ZAPIER_HOOK_URL", None, None, lambda r: "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randrange(10 ** 6, 10 ** 8), rs(r, LOWER_ALNUM, 6))))
    a(mk("tines_webhook_url", "Tines", "tines.com", "TINES_WEBHOOK_URL", None, None, lambda r: "https://%s.tines.com/webhook/%s/%s" % (rs(r, "abcdefghijklmnopqrstuvwxyz", 9), rhex(r, 32), rhex(r, 32))))
    a(mk("make_com_webhook_url", "Make", "hook.eu1.make.com", "MAKE_WEBHOOK_URL", None, None, lambda r: "https://hook.eu1.make.com/" + rs(r, LOWER_ALNUM, 32)))
    a(mk("google_chat_space_webhook_url", "Google Chat", "chat.googleapis.com", "GCHAT_WEBHOOK_URL", None, None, lambda r: "https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIzaSy%s&token=%s" % (rs(r, B64URL, 7), rs(r, B64URL, 33), rs(r, B64URL, 43) + "%3D")))
    a(mk("mattermost_incoming_webhook_url", "Mattermost", "chat.internal.example", "MM_WEBHOOK_URL", None, None, lambda r: "https://chat.contoso-team.example/hooks/" + rs(r, LOWER_ALNUM, 26)))
    a(mk("ifttt_webhooks_key", "IFTTT Webhooks", "maker.ifttt.com", "IFTTT_KEY", None, None, lambda r: rs(r, B64URL, 22)))
    a(mk("feishu_bot_webhook_url", "Feishu", "open.feishu.cn", "FEISHU_WEBHOOK", None, None, lambda r: "https://open.feishu.cn/open-apis/bot/v2/hook/" + ruuid(r)))
    a(mk("dingtalk_robot_sign_secret", "DingTalk", "oapi.dingtalk.com", "DINGTALK_SECRET", None, None, lambda r: "SEC" + rhex(r, 64)))
    a(mk("wecom_group_robot_key", "WeCom", "qyapi.weixin.qq.com", "WECOM_ROBOT_KEY", None, None, ruuid))
    a(mk("larksuite_app_secret", "Lark", "open.larksuite.com", "LARK_APP_SECRET", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("line_messaging_channel_access_token", "LINE Messaging API", "api.line.me", "LINE_CHANNEL_ACCESS_TOKEN", *BEARER, lambda r: rs(r, ALNUM + "+/", 171) + "=")),
    a(mk("plivo_auth_token", "Plivo", "api.plivo.com", "PLIVO_AUTH_TOKEN", None, None, lambda r: rs(r, ALNUM, 40)))
    a(mk("signalwire_api_token", "SignalWire", "contoso.signalwire.com", "SIGNALWIRE_TOKEN", None, None, lambda r: "PT" + rhex(r, 48)))
    a(mk("africastalking_api_key", "Africa's Talking", "api.africastalking.com", "AT_API_KEY", "apiKey", "", lambda r: "atsk_" + rhex(r, 64)))
    a(mk("msg91_auth_key", "MSG91", "control.msg91.com", "MSG91_AUTHKEY", "authkey", "", lambda r: str(r.randrange(100000, 999999)) + "A" + rs(r, ALNUM, 17)))
    a(mk("textmagic_api_key", "TextMagic", "rest.textmagic.com", "TEXTMAGIC_API_KEY", "X-TM-Key", "", lambda r: rs(r, ALNUM, 30)))
    a(mk("telesign_api_key", "Telesign", "rest-ww.telesign.com", "TELESIGN_API_KEY", None, None, lambda r: rb64(r, 66)))
    a(mk("sendpulse_client_secret", "SendPulse", "api.sendpulse.com", "SENDPULSE_SECRET", None, None, lambda r: rhex(r, 32)))
    a(mk("omnisend_api_key", "Omnisend", "api.omnisend.com", "OMNISEND_API_KEY", "X-API-KEY", "", lambda r: rhex(r, 24) + "-" + rs(r, ALNUM, 50)))
    a(mk("kit_convertkit_api_secret", "Kit (ConvertKit)", "api.convertkit.com", "CONVERTKIT_API_SECRET", None, None, lambda r: rs(r, B64URL, 43)))
    a(mk("intercom_access_token", "Intercom", "api.intercom.io", "INTERCOM_ACCESS_TOKEN", *BEARER, lambda r: base64.b64encode(b"tok:" + ruuid(r).encode() + b":" + rhex(r, 4).encode() + b":0").decode()))
    a(mk("livechat_personal_access_token", "LiveChat", "api.livechatinc.com", "LIVECHAT_PAT", None, None, lambda r: r.choice(["dal", "fra"]) + ":" + rs(r, B64URL, 27)))
    a(mk("crisp_plugin_token_key", "Crisp", "api.crisp.chat", "CRISP_TOKEN_KEY", None, None, lambda r: rhex(r, 64)))
    a(mk("gorgias_api_key", "Gorgias", "contoso.gorgias.com", "GORGIAS_API_KEY", None, None, lambda r: rhex(r, 64)))
    a(mk("mastodon_app_access_token", "Mastodon", "mastodon.social", "MASTODON_ACCESS_TOKEN", *BEARER, lambda r: rs(r, B64URL, 43)))
    a(mk("bluesky_app_password", "Bluesky", "bsky.social", "BSKY_APP_PASSWORD", None, None, lambda r: "-".join(rs(r, "abcdefghijklmnopqrstuvwxyz234567", 4) for _ in range(4))))
    a(mk("twitter_api_bearer_token", "X API", "api.x.com", "TWITTER_BEARER_TOKEN", *BEARER, lambda r: "A" * 21 + rs(r, ALNUM, 22) + "%2B" + rs(r, ALNUM, 8) + "%3D" + rs(r, ALNUM, 50)))
    a(mk("twitter_access_token_secret", "X API", "api.x.com", "TWITTER_ACCESS_TOKEN_SECRET", None, None, lambda r: rs(r, ALNUM, 45)))
    a(mk("facebook_app_secret", "Meta for Developers", "graph.facebook.com", "FB_APP_SECRET", None, None, lambda r: rhex(r, 32)))
    a(mk("twitch_app_client_secret", "Twitch", "id.twitch.tv", "TWITCH_CLIENT_SECRET", None, None, lambda r: rs(r, LOWER_ALNUM, 30)))
    a(mk("twitch_stream_key", "Twitch", "live.twitch.tv", "TWITCH_STREAM_KEY", None, None, lambda r: "live_%d_%s" % (r.randrange(10 ** 8, 10 ** 9), rs(r, ALNUM, 30))))
    a(mk("youtube_live_stream_key", "YouTube Live", "a.rtmp.youtube.com", "YOUTUBE_STREAM_KEY", None, None, lambda r: "-".join(rs(r, LOWER_ALNUM, 4) for _ in range(5))))
    a(mk("discord_oauth_client_secret", "Discord", "discord.com", "DISCORD_CLIENT_SECRET", None, None, lambda r: rs(r, B64URL, 32)))
    a(mk("spotify_client_secret", "Spotify", "accounts.spotify.com", "SPOTIFY_CLIENT_SECRET", None, None, lambda r: rhex(r, 32)))
    a(mk("steam_web_api_key", "Steam Web API", "api.steampowered.com", "STEAM_API_KEY", None, None, lambda r: rs(r, "0123456789ABCDEF", 32)))
    a(mk("roblox_security_cookie", "Roblox", "www.roblox.com", "ROBLOSECURITY", None, None, roblox_cookie))
    a(mk("roblox_open_cloud_api_key", "Roblox Open Cloud", "apis.roblox.com", "ROBLOX_API_KEY", "x-api-key", "", lambda r: rb64(r, 120)))
    a(mk("epic_online_services_client_secret", "Epic Online Services", "api.epicgames.dev", "EOS_CLIENT_SECRET", None, None, lambda r: rs(r, ALNUM + "+/", 43)))
    a(mk("playfab_developer_secret_key", "PlayFab", "titleid.playfabapi.com", "PLAYFAB_DEV_SECRET", "X-SecretKey", "", lambda r: rs(r, UPPER_ALNUM, 52)))
    a(mk("agora_app_certificate", "Agora", "api.agora.io", "AGORA_APP_CERTIFICATE", None, None, lambda r: rhex(r, 32)))
    a(mk("daily_co_api_key", "Daily", "api.daily.co", "DAILY_API_KEY", *BEARER, lambda r: rhex(r, 64)))
    # --- payments / commerce ---
    a(mk("gocardless_live_access_token", "GoCardless", "api.gocardless.com", "GOCARDLESS_ACCESS_TOKEN", *BEARER, lambda r: "live_" + rs(r, ALNUM + "_-", 40)))
    a(mk("authorize_net_transaction_key", "Authorize.net", "api.authorize.net", "AUTHNET_TRANSACTION_KEY", None, None, lambda r: rs(r, ALNUM, 16)))
    a(mk("braintree_private_key", "Braintree", "api.braintreegateway.com", "BRAINTREE_PRIVATE_KEY", None, None, lambda r: rhex(r, 32)))
    a(mk("wise_api_token", "Wise", "api.transferwise.com", "WISE_API_TOKEN", *BEARER, ruuid))
    a(mk("cashfree_payments_secret_key", "Cashfree", "api.cashfree.com", "CASHFREE_SECRET_KEY", "x-client-secret", "", lambda r: "cfsk_ma_prod_" + rhex(r, 32) + "_" + rhex(r, 8)))
    a(mk("mpesa_daraja_passkey", "Safaricom Daraja", "api.safaricom.co.ke", "MPESA_PASSKEY", None, None, lambda r: rhex(r, 64)))
    a(mk("ccavenue_working_key", "CCAvenue", "secure.ccavenue.com", "CCAVENUE_WORKING_KEY", None, None, lambda r: rs(r, "0123456789ABCDEF", 32)))
    a(mk("iyzico_secret_key", "iyzico", "api.iyzipay.com", "IYZICO_SECRET_KEY", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("coinbase_commerce_api_key", "Coinbase Commerce", "api.commerce.coinbase.com", "COINBASE_COMMERCE_API_KEY", "X-CC-Api-Key", "", ruuid))
    a(mk("nowpayments_api_key", "NOWPayments", "api.nowpayments.io", "NOWPAYMENTS_API_KEY", "x-api-key", "", lambda r: "-".join(rs(r, UPPER_ALNUM, 7) for _ in range(4))))
    a(mk("shippo_live_api_token", "Shippo", "api.goshippo.com", "SHIPPO_API_TOKEN", "Authorization", "ShippoToken ", lambda r: "shippo_live_" + rhex(r, 40)))
    a(mk("easypost_production_api_key", "EasyPost", "api.easypost.com", "EASYPOST_API_KEY", None, None, lambda r: "EZAK" + rhex(r, 54)))
    a(mk("taxjar_api_token", "TaxJar", "api.taxjar.com", "TAXJAR_API_KEY", *BEARER, lambda r: rhex(r, 32)))
    a(mk("lob_live_api_key", "Lob", "api.lob.com", "LOB_API_KEY", None, None, lambda r: "live_" + rhex(r, 35)))
    a(mk("ramp_api_client_secret", "Ramp", "api.ramp.com", "RAMP_CLIENT_SECRET", None, None, lambda r: "ramp_sec_" + rs(r, ALNUM, 48)))
    a(mk("bigcommerce_store_api_token", "BigCommerce", "api.bigcommerce.com", "BIGCOMMERCE_ACCESS_TOKEN", "X-Auth-Token", "", lambda r: rs(r, LOWER_ALNUM, 31)))
    a(mk("magento_integration_access_token", "Adobe Commerce", "shop.internal.example", "MAGENTO_ACCESS_TOKEN", *BEARER, lambda r: rs(r, LOWER_ALNUM, 32)))
    a(mk("shopware_integration_secret", "Shopware", "shop.internal.example", "SHOPWARE_CLIENT_SECRET", None, None, lambda r: rs(r, ALNUM, 54)))
    a(mk("squarespace_commerce_api_key", "Squarespace", "api.squarespace.com", "SQSP_API_KEY", *BEARER, ruuid))
    a(mk("wix_api_key", "Wix", "www.wixapis.com", "WIX_API_KEY", "Authorization", "", lambda r: "IST." + jwt_like(r, {"kid": rs(r, ALNUM, 8), "alg": "RS256"}, {"data": json.dumps({"id": ruuid(r), "identity": {"type": "application"}})}, 256)))
    a(mk("webflow_site_api_token", "Webflow", "api.webflow.com", "WEBFLOW_API_TOKEN", *BEARER, lambda r: rhex(r, 64)))
    # --- CMS / productivity ---
    a(mk("sanity_api_token", "Sanity", "contoso.api.sanity.io", "SANITY_API_TOKEN", *BEARER, lambda r: "sk" + rs(r, ALNUM, 79)))
    a(mk("storyblok_personal_access_token", "Storyblok", "mapi.storyblok.com", "STORYBLOK_PAT", "Authorization", "", lambda r: rs(r, ALNUM, 22) + "tt-" + str(r.randrange(100000, 999999)) + "-" + rs(r, B64URL, 20)))
    a(mk("datocms_full_access_api_token", "DatoCMS", "site-api.datocms.com", "DATOCMS_API_TOKEN", *BEARER, lambda r: rhex(r, 30)))
    a(mk("builder_io_private_key", "Builder.io", "builder.io", "BUILDER_PRIVATE_KEY", *BEARER, lambda r: "bpk-" + rhex(r, 32)))
    a(mk("ghost_admin_api_key", "Ghost", "blog.internal.example", "GHOST_ADMIN_API_KEY", None, None, lambda r: rhex(r, 24) + ":" + rhex(r, 64)))
    a(mk("wordpress_application_password", "WordPress", "blog.internal.example", "WP_APP_PASSWORD", None, None, wp_app_password))
    a(mk("trello_user_token", "Trello", "api.trello.com", "TRELLO_TOKEN", None, None, lambda r: "ATTA" + rhex(r, 64) + rs(r, "0123456789ABCDEF", 8)))
    a(mk("calendly_personal_access_token", "Calendly", "api.calendly.com", "CALENDLY_TOKEN", *BEARER, lambda r: jwt_like(r, {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"}, {"iss": "https://auth.calendly.com", "iat": 1760000000 + r.randrange(9 ** 7), "jti": ruuid(r), "user_uuid": ruuid(r)}, 96)))
    a(mk("docusign_integration_secret_key", "Docusign", "account-d.docusign.com", "DOCUSIGN_SECRET_KEY", None, None, ruuid))
    a(mk("pandadoc_api_key", "PandaDoc", "api.pandadoc.com", "PANDADOC_API_KEY", "Authorization", "API-Key ", lambda r: rhex(r, 40)))
    a(mk("dropbox_sign_api_key", "Dropbox Sign", "api.hellosign.com", "HELLOSIGN_API_KEY", None, None, lambda r: rhex(r, 64)))
    a(mk("attio_api_key", "Attio", "api.attio.com", "ATTIO_API_KEY", *BEARER, lambda r: rhex(r, 64)))
    a(mk("copper_crm_api_key", "Copper", "api.copper.com", "COPPER_API_KEY", "X-PW-AccessToken", "", lambda r: rhex(r, 32)))
    a(mk("ynab_personal_access_token", "YNAB", "api.ynab.com", "YNAB_TOKEN", *BEARER, lambda r: rs(r, B64URL, 43)))
    a(mk("miro_access_token", "Miro", "api.miro.com", "MIRO_TOKEN", *BEARER, lambda r: "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_" + rs(r, B64URL, 27)))
    a(mk("lokalise_api_token", "Lokalise", "api.lokalise.com", "LOKALISE_API_TOKEN", "X-Api-Token", "", lambda r: rhex(r, 40)))
    a(mk("phrase_strings_access_token", "Phrase Strings", "api.phrase.com", "PHRASE_ACCESS_TOKEN", "Authorization", "token ", lambda r: rhex(r, 64)))
    a(mk("crowdin_personal_access_token", "Crowdin", "api.crowdin.com", "CROWDIN_PERSONAL_TOKEN", *BEARER, lambda r: rhex(r, 80)))
    a(mk("clockify_api_key", "Clockify", "api.clockify.me", "CLOCKIFY_API_KEY", "X-Api-Key", "", lambda r: rs(r, ALNUM, 48)))
    a(mk("segment_public_api_token", "Segment", "api.segmentapis.com", "SEGMENT_API_TOKEN", *BEARER, lambda r: "sgp_" + rs(r, ALNUM, 64)))
    a(mk("fullstory_server_api_key", "FullStory", "api.fullstory.com", "FULLSTORY_API_KEY", "Authorization", "Basic ", lambda r: "na1." + rs(r, ALNUM + "+/", 100)))
    a(mk("growthbook_secret_api_key", "GrowthBook", "api.growthbook.io", "GROWTHBOOK_SECRET_KEY", *BEARER, lambda r: "secret_admin_" + rs(r, B64URL, 43)))
    a(mk("percy_project_token", "Percy", "percy.io", "PERCY_TOKEN", None, None, lambda r: "web_" + rhex(r, 64)))
    a(mk("uploadcare_secret_key", "Uploadcare", "api.uploadcare.com", "UPLOADCARE_SECRET_KEY", None, None, lambda r: rs(r, LOWER_ALNUM, 20)))
    a(mk("bannerbear_project_api_key", "Bannerbear", "sync.api.bannerbear.com", "BANNERBEAR_API_KEY", *BEARER, lambda r: "bb_pr_" + rhex(r, 30)))
    a(mk("tableau_pat_secret", "Tableau Cloud", "prod-useast-b.online.tableau.com", "TABLEAU_PAT_SECRET", None, None, lambda r: rs(r, ALNUM + "+/", 22) + "==:" + rs(r, ALNUM, 32)))
    a(mk("wiz_service_account_secret", "Wiz", "api.us17.app.wiz.io", "WIZ_CLIENT_SECRET", None, None, lambda r: rs(r, ALNUM, 64)))
    # --- maps / data / security ---
    a(mk("here_platform_api_key", "HERE", "geocode.search.hereapi.com", "HERE_API_KEY", None, None, lambda r: rs(r, B64URL, 43)))
    a(mk("tomtom_api_key", "TomTom", "api.tomtom.com", "TOMTOM_API_KEY", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("opencage_geocoder_api_key", "OpenCage", "api.opencagedata.com", "OPENCAGE_API_KEY", None, None, lambda r: rhex(r, 32)))
    a(mk("what3words_api_key", "what3words", "api.what3words.com", "W3W_API_KEY", "X-Api-Key", "", lambda r: rs(r, UPPER_ALNUM, 8)))
    a(mk("shodan_api_key", "Shodan", "api.shodan.io", "SHODAN_API_KEY", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("virustotal_api_key", "VirusTotal", "www.virustotal.com", "VT_API_KEY", "x-apikey", "", lambda r: rhex(r, 64)))
    a(mk("censys_api_secret", "Censys", "search.censys.io", "CENSYS_API_SECRET", None, None, lambda r: rs(r, ALNUM, 32)))
    a(mk("abuseipdb_api_key", "AbuseIPDB", "api.abuseipdb.com", "ABUSEIPDB_KEY", "Key", "", lambda r: rhex(r, 80)))
    a(mk("urlscan_api_key", "urlscan.io", "urlscan.io", "URLSCAN_API_KEY", "API-Key", "", ruuid))
    a(mk("newsapi_org_api_key", "NewsAPI", "newsapi.org", "NEWSAPI_KEY", "X-Api-Key", "", lambda r: rhex(r, 32)))
    a(mk("tiingo_api_token", "Tiingo", "api.tiingo.com", "TIINGO_API_KEY", "Authorization", "Token ", lambda r: rhex(r, 40)))
    a(mk("twelve_data_api_key", "Twelve Data", "api.twelvedata.com", "TWELVE_DATA_API_KEY", "Authorization", "apikey ", lambda r: rhex(r, 32)))
    a(mk("coinmarketcap_api_key", "CoinMarketCap", "pro-api.coinmarketcap.com", "CMC_PRO_API_KEY", "X-CMC_PRO_API_KEY", "", ruuid))
    a(mk("coingecko_pro_api_key", "CoinGecko", "pro-api.coingecko.com", "COINGECKO_API_KEY", "x-cg-pro-api-key", "", lambda r: "CG-" + rs(r, ALNUM, 25)))
    a(mk("bscscan_api_key", "BscScan", "api.bscscan.com", "BSCSCAN_API_KEY", None, None, lambda r: rs(r, UPPER_ALNUM, 34)))
    a(mk("quicknode_endpoint_url", "QuickNode", "quiknode.pro", "QUICKNODE_RPC_URL", None, None, lambda r: "https://%s-%s-%s.quiknode.pro/%s/" % (r.choice(["silent", "misty", "broken", "frosty"]), r.choice(["summer", "river", "meadow"]), r.choice(["mainnet", "solana-mainnet", "base-mainnet"]), rhex(r, 40))))
    a(mk("web3_storage_api_token", "web3.storage", "api.web3.storage", "WEB3_STORAGE_TOKEN", *BEARER, lambda r: jwt_like(r, {"alg": "HS256", "typ": "JWT"}, {"sub": "did:ethr:0x" + rhex(r, 40), "iss": "web3-storage", "iat": 1690000000 + r.randrange(9 ** 7), "name": "ci"})))
    a(mk("ethereum_raw_private_key_hex", "Ethereum account", "eth-mainnet", "DEPLOYER_PRIVATE_KEY", None, None, lambda r: "0x" + rhex(r, 64)))
    a(mk("airship_bearer_token", "Airship", "go.urbanairship.com", "AIRSHIP_TOKEN", *BEARER, lambda r: rs(r, ALNUM, 91)))
    a(mk("onesignal_rest_api_key", "OneSignal", "api.onesignal.com", "ONESIGNAL_REST_API_KEY", "Authorization", "Key ", lambda r: "os_v2_app_" + rs(r, "abcdefghijklmnopqrstuvwxyz234567", 103)))
    a(mk("slack_app_level_token", "Slack", "slack.com", "SLACK_APP_TOKEN", *BEARER, lambda r: "xapp-1-A0" + rs(r, UPPER_ALNUM, 9) + "-" + str(r.randrange(10 ** 12, 10 ** 13)) + "-" + rhex(r, 64)))
    a(mk("slack_token_rotation_refresh_token", "Slack", "slack.com", "SLACK_REFRESH_TOKEN", None, None, lambda r: "xoxe-1-" + rs(r, ALNUM, 146)))
    a(mk("healthchecks_io_ping_url", "Healthchecks.io", "hc-ping.com", "HC_PING_URL", None, None, lambda r: "https://hc-ping.com/" + ruuid(r)))
    a(mk("vercel_deploy_hook_url", "Vercel Deploy Hook", "api.vercel.com", "VERCEL_DEPLOY_HOOK", None, None, lambda r: "https://api.vercel.com/v1/integrations/deploy/prj_%s/%s" % (rs(r, ALNUM, 28), rs(r, ALNUM, 10))))
    a(mk("netlify_build_hook_url", "Netlify Build Hook", "api.netlify.com", "NETLIFY_BUILD_HOOK", None, None, lambda r: "https://api.netlify.com/build_hooks/" + rhex(r, 24)))
    return v


VENDORS = _V()

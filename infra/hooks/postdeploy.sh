#!/usr/bin/env sh
# azd post-deploy hook: subscribes the blob trigger to BlobCreated events on the articles container.
#
# Why here and not in Bicep: the SummarizeArticle blob trigger uses the Event Grid source, so events reach it through
# the host's webhook https://<app>.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.SummarizeArticle
# &code=<key>. That key is the host's blobs_extension system key, which the host creates the first time it starts with
# the code deployed, i.e. after `azd provision` has finished. Event Grid also validates a webhook when the
# subscription is created, which needs the deployed function to answer. So the subscription can only be made after
# `azd deploy`, and the key may take a minute to appear: the hook wakes the app and retries.
#
# Idempotent: re-running updates the subscription in place (a new key after a key rotation is picked up).
# POSIX sh on purpose, so it runs the same under bash, dash and zsh. Values come from the azd environment
# (outputs of infra/main.bicep).
set -eu

subscription_name='summarize-new-articles'
# About five minutes in all by default; both can be overridden for a slow region or a test.
attempts="${SUMMARIZER_HOOK_ATTEMPTS:-30}"
delay_seconds="${SUMMARIZER_HOOK_RETRY_DELAY_SECONDS:-10}"

require_env() {
  for variable_name in "$@"; do
    eval "variable_value=\${$variable_name:-}"
    if [ -z "$variable_value" ]; then
      echo "postdeploy: $variable_name is not set; run this through 'azd deploy' or 'azd up' after provisioning." >&2
      exit 1
    fi
  done
}

require_env AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_EVENTGRID_SYSTEM_TOPIC_NAME \
  SUMMARIZER_ARTICLES_CONTAINER SUMMARIZER_BLOB_TRIGGER_FUNCTION SUMMARIZER_API_URL

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) is required to create the Event Grid subscription." >&2
  exit 1
fi

resource_group="$AZURE_RESOURCE_GROUP"
app_name="$AZURE_FUNCTION_APP_NAME"
topic_name="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"
container="$SUMMARIZER_ARTICLES_CONTAINER"
function_name="$SUMMARIZER_BLOB_TRIGGER_FUNCTION"
health_url="$SUMMARIZER_API_URL/health"

# A Flex Consumption app scales to zero; a request to the anonymous health endpoint starts the host, which is what
# creates the blobs_extension key.
wake_app() {
  if command -v curl >/dev/null 2>&1; then
    curl --silent --output /dev/null --max-time 30 "$health_url" || true
  fi
}

blobs_key=''
attempt=1
while [ "$attempt" -le "$attempts" ]; do
  wake_app
  blobs_key=$(az functionapp keys list --resource-group "$resource_group" --name "$app_name" \
    --query 'systemKeys.blobs_extension' --output tsv 2>/dev/null || true)
  if [ -n "$blobs_key" ]; then
    break
  fi
  echo "postdeploy: blobs_extension key not there yet (attempt $attempt of $attempts); retrying in ${delay_seconds}s."
  sleep "$delay_seconds"
  attempt=$((attempt + 1))
done

if [ -z "$blobs_key" ]; then
  echo "postdeploy: the host never reported a blobs_extension key. Check that the app started (Application Insights," >&2
  echo "postdeploy: 'az functionapp log'), then run 'azd hooks run postdeploy'." >&2
  exit 1
fi

endpoint="https://$app_name.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.$function_name&code=$blobs_key"
subject_filter="/blobServices/default/containers/$container/"

if az eventgrid system-topic event-subscription show --resource-group "$resource_group" \
  --system-topic-name "$topic_name" --name "$subscription_name" --output none 2>/dev/null; then
  echo "postdeploy: updating Event Grid subscription '$subscription_name'."
  az eventgrid system-topic event-subscription update --resource-group "$resource_group" \
    --system-topic-name "$topic_name" --name "$subscription_name" \
    --endpoint "$endpoint" --endpoint-type webhook \
    --included-event-types Microsoft.Storage.BlobCreated \
    --subject-begins-with "$subject_filter" --output none
else
  echo "postdeploy: creating Event Grid subscription '$subscription_name'."
  az eventgrid system-topic event-subscription create --resource-group "$resource_group" \
    --system-topic-name "$topic_name" --name "$subscription_name" \
    --endpoint "$endpoint" --endpoint-type webhook \
    --included-event-types Microsoft.Storage.BlobCreated \
    --subject-begins-with "$subject_filter" --output none
fi

echo "postdeploy: blobs created under '$container/' now trigger $function_name."

# Private layout: the storage account answers only its private endpoints (and the addresses allowed in), so say how
# to upload from this machine. Event Grid needs nothing more: it calls the app's public webhook, and the app reaches
# storage through the virtual network.
if [ "${SUMMARIZER_NETWORK_LAYOUT:-public}" = 'private' ]; then
  if [ -z "${SUMMARIZER_ALLOWED_IP_ADDRESSES:-}" ]; then
    echo "postdeploy: private layout: storage and Azure OpenAI accept no traffic from the internet. To upload articles"
    echo "postdeploy: from this machine, allow its public address and provision again:"
    echo "postdeploy:   azd env set SUMMARIZER_ALLOWED_IP_ADDRESSES \"\$(curl -s https://api.ipify.org)\" && azd provision"
  else
    echo "postdeploy: private layout: storage and Azure OpenAI also accept $SUMMARIZER_ALLOWED_IP_ADDRESSES."
  fi
fi

"""The state of a Modal function call, or its cancellation, for mltrainer.

Usage: python modal_call.py state fc-...   prints MLTRAINER_MODAL_STATE {"state": ..., "error": ...}
       python modal_call.py cancel fc-...  cancels the call and stops its containers

state is running, succeeded, failed, cancelled or expired (the result is no
longer kept: the outputs on the volume tell). Credentials come from
MODAL_TOKEN_ID / MODAL_TOKEN_SECRET or the Modal profile.
"""
import json
import sys

import modal
import modal.exception


def state(call_id):
    call = modal.FunctionCall.from_id(call_id)
    try:
        call.get(timeout=0)
        return {"state": "succeeded"}
    except modal.exception.FunctionTimeoutError as exc:
        return {"state": "failed", "error": "the function reached its timeout: %s" % exc}
    except modal.exception.OutputExpiredError:
        return {"state": "expired"}
    except (modal.exception.TimeoutError, TimeoutError):
        return {"state": "running"}
    except modal.exception.InputCancellation:
        return {"state": "cancelled"}
    except SystemExit as exc:
        return {"state": "failed", "error": "the training script exited with status %s" % exc.code}
    except Exception as exc:  # the function's own error, re-raised here
        return {"state": "failed", "error": "%s: %s" % (type(exc).__name__, exc)}


def main(argv):
    if len(argv) != 3 or argv[1] not in ("state", "cancel"):
        sys.exit("usage: modal_call.py state|cancel fc-...")
    if argv[1] == "cancel":
        modal.FunctionCall.from_id(argv[2]).cancel(terminate_containers=True)
        print("MLTRAINER_MODAL_STATE " + json.dumps({"state": "cancelled"}), flush=True)
    else:
        print("MLTRAINER_MODAL_STATE " + json.dumps(state(argv[2])), flush=True)


if __name__ == "__main__":
    main(sys.argv)

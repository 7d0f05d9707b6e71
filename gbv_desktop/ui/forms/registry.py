"""Which form edits which record kind (imported lazily: a form loads when first opened)."""

from __future__ import annotations

import importlib

from gbv_desktop.ui.forms.base import RecordForm

FORMS = {
    "activity": "gbv_desktop.ui.forms.activity:ActivityForm",
    "case": "gbv_desktop.ui.forms.case:CaseForm",
    "training": "gbv_desktop.ui.forms.training:TrainingForm",
    "model": "gbv_desktop.ui.forms.model:ModelForm",
    "influencer": "gbv_desktop.ui.forms.influencer:InfluencerForm",
    "mobilisation": "gbv_desktop.ui.forms.mobilisation:MobilisationForm",
    "inspection": "gbv_desktop.ui.forms.inspection:InspectionForm",
    "funding": "gbv_desktop.ui.forms.funding:FundingForm",
}


def form_class(kind: str) -> type[RecordForm]:
    module, _, name = FORMS[kind].partition(":")
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, RecordForm)
    return cls

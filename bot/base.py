"""Shared bases for our components: stateless ones, and heads that keep a trained
scikit-learn pipeline in Rasa's model storage."""
from __future__ import annotations

from typing import Any, TypeVar

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from sklearn.pipeline import Pipeline


class StatelessComponent(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> StatelessComponent:
        return cls()


H = TypeVar("H", bound="PipelineHead")


class PipelineHead(GraphComponent):
    """A head trained by `rasa train` whose model is one scikit-learn pipeline, stored with
    joblib inside the Rasa model (so it travels with models/vejviser.tar.gz)."""

    FILE = "pipeline.joblib"

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 pipeline: Pipeline | None = None) -> None:
        self.config = config
        self.model_storage = model_storage
        self.resource = resource
        self.pipeline = pipeline

    @classmethod
    def create(cls: type[H], config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> H:
        return cls(config, model_storage, resource)

    def persist(self, pipeline: Pipeline) -> Resource:
        self.pipeline = pipeline
        with self.model_storage.write_to(self.resource) as directory:
            joblib.dump(pipeline, directory / self.FILE)
        return self.resource

    @classmethod
    def load(cls: type[H], config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> H:
        try:
            with model_storage.read_from(resource) as directory:
                pipeline = joblib.load(directory / cls.FILE)
        except (ValueError, FileNotFoundError):
            pipeline = None
        return cls(config, model_storage, resource, pipeline)

package io.newswire.model;

public enum EntityType {
    PERSON,
    ORGANIZATION
}

package io.newswire.tagger.names;

public enum NameType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
